package th.go.obec.me.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every diagram in {@code processes/} must be readable in Cockpit and Camunda Modeler: a shape for
 * every flow node, an edge for every sequence flow, no overlapping shapes, edges attached to their
 * shapes, a left-to-right flow and nothing at negative coordinates. Only the BPMN DI is checked;
 * labels are ignored. Plain JUnit (no engine, no Spring): the files are read with Camunda's model API
 * (schema validation) and measured with the JDK's DOM.
 */
class DiagramLayoutTest {

  /** The diagrams checked; {@code -Ddiagrams.dir=...} checks another folder (e.g. a branch's worktree). */
  private static final Path PROCESSES = Path.of(System.getProperty("diagrams.dir", "processes"));

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";

  /** How far (px) an edge's end may lie from its shape's border. */
  private static final double ATTACH_TOLERANCE = 10;
  /** Shapes may touch; they overlap when they share more than this (px) in both directions. */
  private static final double OVERLAP_TOLERANCE = 1;
  /** An edge passes through a shape when it runs this far (px) inside the shape's border. */
  private static final double CROSSING_INSET = 3;
  /** A flow whose target's centre lies more than this (px) left of its source's goes backwards. */
  private static final double BACKWARD_TOLERANCE = 10;

  private static final Set<String> CONTAINERS = Set.of("subProcess", "transaction", "adHocSubProcess");
  private static final Set<String> ACTIVITIES = Set.of("task", "userTask", "serviceTask", "scriptTask",
      "businessRuleTask", "sendTask", "receiveTask", "manualTask", "callActivity", "subProcess",
      "transaction", "adHocSubProcess");
  private static final Set<String> FLOW_NODES;

  static {
    Set<String> nodes = new HashSet<>(ACTIVITIES);
    nodes.addAll(Set.of("startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent",
        "boundaryEvent", "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway",
        "complexGateway"));
    FLOW_NODES = Set.copyOf(nodes);
  }

  static Stream<String> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn")).sorted()
          .toList().stream();
    }
  }

  @Test
  void findsTheDiagrams() throws IOException {
    assertFalse(diagrams().toList().isEmpty(), "no processes/*.bpmn found from " + Path.of("").toAbsolutePath());
  }

  @ParameterizedTest(name = "{0}: valid BPMN 2.0 with DI (Camunda's model API reads it)")
  @MethodSource("diagrams")
  void isValidBpmn(String file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve(file).toFile());
    assertFalse(model.getDefinitions().getBpmDiagrams().isEmpty(), PROCESSES.resolve(file) + " has no BPMNDiagram");
  }

  @ParameterizedTest(name = "{0}: a shape for every flow node, an edge for every flow")
  @MethodSource("diagrams")
  void everyFlowNodeAndFlowIsDrawn(String file) throws Exception {
    Diagram d = Diagram.read(file);
    List<String> problems = new ArrayList<>();
    for (FlowNode n : d.nodes.values()) {
      int count = d.shapeCount.getOrDefault(n.id, 0);
      if (count != 1) {
        problems.add(n.type + " " + n.id + " has " + count + " BPMNShape(s), expected exactly 1");
      }
    }
    for (Flow f : d.flows.values()) {
      int count = d.edgeCount.getOrDefault(f.id, 0);
      if (count != 1) {
        problems.add("sequenceFlow " + f.id + " has " + count + " BPMNEdge(s), expected exactly 1");
      } else if (d.edges.get(f.id).size() < 2) {
        problems.add("sequenceFlow " + f.id + " has " + d.edges.get(f.id).size() + " waypoint(s), expected at least 2");
      }
    }
    for (String ref : d.diReferences) {
      if (!d.allIds.contains(ref)) {
        problems.add("DI element refers to " + ref + ", which is not in the process");
      }
    }
    report(file, problems);
  }

  @ParameterizedTest(name = "{0}: no negative coordinates, tasks at least 100x80 and large enough for their names")
  @MethodSource("diagrams")
  void shapesAreOnTheCanvasAndLargeEnough(String file) throws Exception {
    Diagram d = Diagram.read(file);
    List<String> problems = new ArrayList<>();
    d.shapes.forEach((id, b) -> {
      if (b.x < 0 || b.y < 0) {
        problems.add("shape of " + id + " is at negative coordinates " + b);
      }
    });
    d.edges.forEach((id, points) -> {
      for (double[] p : points) {
        if (p[0] < 0 || p[1] < 0) {
          problems.add("edge of " + id + " has a waypoint at negative coordinates (" + fmt(p[0]) + "," + fmt(p[1]) + ")");
          break;
        }
      }
    });
    for (FlowNode n : d.nodes.values()) {
      Box b = d.shapes.get(n.id);
      if (b != null && ACTIVITIES.contains(n.type) && !d.isExpanded(n.id) && (b.w < 100 || b.h < 80)) {
        problems.add(n.type + " " + n.id + " is " + fmt(b.w) + "x" + fmt(b.h) + ", smaller than 100x80 (its name gets cut off)");
      } else if (b != null && ACTIVITIES.contains(n.type) && !d.isExpanded(n.id)) {
        double needed = textWidth(n.name) * LINE_HEIGHT;
        double room = (b.w - 10) * (b.h - 10);
        if (needed > room) {
          problems.add(n.type + " " + n.id + " is " + fmt(b.w) + "x" + fmt(b.h) + ", too small for its name ("
              + Math.round(100 * needed / room) + "% of the room at 12px): make it wider and taller, at least "
              + (needed > (170 * 100) ? "220x130" : needed > (130 * 80) ? "180x110" : "140x90"));
        }
      }
    }
    report(file, problems);
  }

  @ParameterizedTest(name = "{0}: no overlapping shapes, subprocess contents inside their subprocess")
  @MethodSource("diagrams")
  void shapesDoNotOverlap(String file) throws Exception {
    Diagram d = Diagram.read(file);
    List<String> problems = new ArrayList<>();
    List<FlowNode> drawn = d.nodes.values().stream().filter(n -> d.shapes.containsKey(n.id)).toList();
    for (int i = 0; i < drawn.size(); i++) {
      FlowNode a = drawn.get(i);
      for (int j = i + 1; j < drawn.size(); j++) {
        FlowNode b = drawn.get(j);
        if (!d.samePlane(a.id, b.id) || d.isDrawnInside(a, b) || d.isDrawnInside(b, a)) {
          continue;
        }
        if (a.attachedTo != null && a.attachedTo.equals(b.id) || b.attachedTo != null && b.attachedTo.equals(a.id)) {
          continue; // a boundary event sits on its host's border
        }
        if (a.attachedTo != null && d.isDrawnInside(d.nodes.get(a.attachedTo), b)
            || b.attachedTo != null && d.isDrawnInside(d.nodes.get(b.attachedTo), a)) {
          continue; // a boundary event of a subprocess's child against the subprocess
        }
        if (d.shapes.get(a.id).overlaps(d.shapes.get(b.id), OVERLAP_TOLERANCE)) {
          problems.add("shapes of " + a.id + " " + d.shapes.get(a.id) + " and " + b.id + " " + d.shapes.get(b.id) + " overlap");
        }
      }
    }
    for (FlowNode n : drawn) {
      if (n.scope != null && d.isExpanded(n.scope) && d.samePlane(n.id, n.scope)) {
        if (!d.shapes.get(n.scope).contains(d.shapes.get(n.id))) {
          problems.add("shape of " + n.id + " " + d.shapes.get(n.id) + " is not inside its subprocess " + n.scope + " " + d.shapes.get(n.scope));
        }
      }
      if (n.attachedTo != null && d.shapes.containsKey(n.attachedTo)) {
        Box host = d.shapes.get(n.attachedTo);
        Box b = d.shapes.get(n.id);
        if (host.borderDistance(b.cx(), b.cy()) > ATTACH_TOLERANCE) {
          problems.add("boundary event " + n.id + " " + b + " is not on the border of its host " + n.attachedTo + " " + host);
        }
      }
    }
    report(file, problems);
  }

  @ParameterizedTest(name = "{0}: edges start at their source and end at their target")
  @MethodSource("diagrams")
  void edgesAreAttachedToTheirShapes(String file) throws Exception {
    Diagram d = Diagram.read(file);
    List<String> problems = new ArrayList<>();
    for (Flow f : d.flows.values()) {
      List<double[]> points = d.edges.get(f.id);
      Box source = d.shapes.get(f.source);
      Box target = d.shapes.get(f.target);
      if (points == null || points.size() < 2 || source == null || target == null) {
        continue; // reported by everyFlowNodeAndFlowIsDrawn
      }
      double[] first = points.get(0);
      double[] last = points.get(points.size() - 1);
      double ds = source.borderDistance(first[0], first[1]);
      if (ds > ATTACH_TOLERANCE) {
        problems.add("edge " + f.id + " starts at (" + fmt(first[0]) + "," + fmt(first[1]) + "), " + fmt(ds)
            + " px from the border of its source " + f.source + " " + source);
      }
      double dt = target.borderDistance(last[0], last[1]);
      if (dt > ATTACH_TOLERANCE) {
        problems.add("edge " + f.id + " ends at (" + fmt(last[0]) + "," + fmt(last[1]) + "), " + fmt(dt)
            + " px from the border of its target " + f.target + " " + target);
      }
    }
    report(file, problems);
  }

  @ParameterizedTest(name = "{0}: edges do not run through other shapes")
  @MethodSource("diagrams")
  void edgesDoNotCrossShapes(String file) throws Exception {
    Diagram d = Diagram.read(file);
    List<String> problems = new ArrayList<>();
    for (Flow f : d.flows.values()) {
      List<double[]> points = d.edges.get(f.id);
      if (points == null || points.size() < 2) {
        continue;
      }
      for (FlowNode n : d.nodes.values()) {
        Box b = d.shapes.get(n.id);
        if (b == null || n.id.equals(f.source) || n.id.equals(f.target) || !d.samePlane(n.id, f.source)) {
          continue;
        }
        FlowNode source = d.nodes.get(f.source);
        FlowNode target = d.nodes.get(f.target);
        // an expanded subprocess holding an end of the edge, or the host of a boundary event source
        if (d.isDrawnInside(source, n) || d.isDrawnInside(target, n) || n.id.equals(source.attachedTo)) {
          continue;
        }
        for (int i = 0; i + 1 < points.size(); i++) {
          if (b.inset(CROSSING_INSET).intersectsSegment(points.get(i), points.get(i + 1))) {
            problems.add("edge " + f.id + " (" + f.source + " -> " + f.target + ") runs through the shape of " + n.id + " " + b);
            break;
          }
        }
      }
    }
    report(file, problems);
  }

  @ParameterizedTest(name = "{0}: the process reads left to right")
  @MethodSource("diagrams")
  void layoutFlowsLeftToRight(String file) throws Exception {
    Diagram d = Diagram.read(file);
    List<String> problems = new ArrayList<>();
    Map<String, List<FlowNode>> byScope = new LinkedHashMap<>();
    d.nodes.values().forEach(n -> byScope.computeIfAbsent(n.scope, s -> new ArrayList<>()).add(n));
    byScope.forEach((scope, nodes) -> {
      for (FlowNode start : nodes) {
        if (!start.type.equals("startEvent") || !d.shapes.containsKey(start.id)) {
          continue;
        }
        for (FlowNode end : nodes) {
          if (end.type.equals("endEvent") && d.shapes.containsKey(end.id)
              && d.shapes.get(end.id).cx() <= d.shapes.get(start.id).cx()) {
            problems.add("end event " + end.id + " " + d.shapes.get(end.id) + " is not right of start event "
                + start.id + " " + d.shapes.get(start.id) + " (scope " + scope + ")");
          }
        }
      }
    });
    int backwards = 0;
    int drawnFlows = 0;
    for (Flow f : d.flows.values()) {
      Box source = d.shapes.get(f.source);
      Box target = d.shapes.get(f.target);
      if (source == null || target == null) {
        continue;
      }
      drawnFlows++;
      if (target.cx() < source.cx() - BACKWARD_TOLERANCE) {
        backwards++;
        if (!d.reaches(f.target, f.source)) {
          problems.add("flow " + f.id + " goes right to left (" + f.source + " -> " + f.target
              + ") but is not a loop-back: put " + f.target + " right of " + f.source);
        }
      }
    }
    if (backwards * 3 > drawnFlows) {
      problems.add(backwards + " of " + drawnFlows + " flows go right to left: lay the process out left to right");
    }
    report(file, problems);
  }

  private static void report(String file, List<String> problems) {
    assertTrue(problems.isEmpty(), () -> PROCESSES.resolve(file) + ": " + problems.size() + " layout problem(s):\n  - "
        + String.join("\n  - ", problems));
  }

  /** Line height (px) of a task's name at the 12px font of Cockpit and Modeler. */
  private static final double LINE_HEIGHT = 14.4;

  /**
   * A rough (low) estimate of a name's width in px at 12px: Thai above/below vowels and tone marks
   * take no width. Used only to flag names that cannot fit their shape however they wrap.
   */
  static double textWidth(String name) {
    double width = 0;
    for (int cp : name.codePoints().toArray()) {
      boolean combining = cp == 0x0E31 || cp >= 0x0E34 && cp <= 0x0E3A || cp >= 0x0E47 && cp <= 0x0E4E;
      width += combining || cp == '\n' ? 0 : cp == ' ' ? 3.5 : 6.4;
    }
    return width;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  // ---------------------------------------------------------------------------------------------

  record FlowNode(String id, String type, String scope, String attachedTo, String name) {}

  record Flow(String id, String source, String target) {}

  record Box(double x, double y, double w, double h) {
    double cx() {
      return x + w / 2;
    }

    double cy() {
      return y + h / 2;
    }

    boolean overlaps(Box o, double tolerance) {
      return Math.min(x + w, o.x + o.w) - Math.max(x, o.x) > tolerance
          && Math.min(y + h, o.y + o.h) - Math.max(y, o.y) > tolerance;
    }

    boolean contains(Box o) {
      return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
    }

    Box inset(double d) {
      return new Box(x + d, y + d, Math.max(0, w - 2 * d), Math.max(0, h - 2 * d));
    }

    /** Distance from a point to this box's border (inside or outside). */
    double borderDistance(double px, double py) {
      boolean inside = px >= x && px <= x + w && py >= y && py <= y + h;
      if (inside) {
        return Math.min(Math.min(px - x, x + w - px), Math.min(py - y, y + h - py));
      }
      double dx = Math.max(Math.max(x - px, 0), px - (x + w));
      double dy = Math.max(Math.max(y - py, 0), py - (y + h));
      return Math.hypot(dx, dy);
    }

    /** Whether the segment a-b has a part strictly inside this box (Liang-Barsky clipping). */
    boolean intersectsSegment(double[] a, double[] b) {
      if (w <= 0 || h <= 0) {
        return false;
      }
      double t0 = 0;
      double t1 = 1;
      double dx = b[0] - a[0];
      double dy = b[1] - a[1];
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {a[0] - x, x + w - a[0], a[1] - y, y + h - a[1]};
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] <= 0) {
            return false;
          }
        } else {
          double t = q[i] / p[i];
          if (p[i] < 0) {
            t0 = Math.max(t0, t);
          } else {
            t1 = Math.min(t1, t);
          }
        }
      }
      return t1 - t0 > 1e-9;
    }

    @Override
    public String toString() {
      return "[x=" + fmt(x) + " y=" + fmt(y) + " w=" + fmt(w) + " h=" + fmt(h) + "]";
    }
  }

  static final class Diagram {
    final Map<String, FlowNode> nodes = new LinkedHashMap<>();
    final Map<String, Flow> flows = new LinkedHashMap<>();
    final Set<String> allIds = new HashSet<>();
    final Map<String, Box> shapes = new HashMap<>();
    final Map<String, Integer> shapeCount = new HashMap<>();
    final Map<String, String> shapePlane = new HashMap<>();
    final Map<String, Boolean> expanded = new HashMap<>();
    final Map<String, List<double[]>> edges = new HashMap<>();
    final Map<String, Integer> edgeCount = new HashMap<>();
    final List<String> diReferences = new ArrayList<>();
    final Map<String, List<String>> successors = new HashMap<>();

    static Diagram read(String file) throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(PROCESSES.resolve(file).toFile());
      Diagram d = new Diagram();
      d.readSemantics(doc.getDocumentElement(), null);
      d.readDi(doc);
      return d;
    }

    private void readSemantics(Element parent, String scope) {
      for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (!(c instanceof Element e)) {
          continue;
        }
        String id = e.getAttribute("id");
        if (!id.isEmpty()) {
          allIds.add(id);
        }
        if (!BPMN.equals(e.getNamespaceURI())) {
          continue;
        }
        String type = e.getLocalName();
        if (FLOW_NODES.contains(type)) {
          String attached = e.getAttribute("attachedToRef");
          nodes.put(id, new FlowNode(id, type, scope, attached.isEmpty() ? null : attached, e.getAttribute("name")));
          if (CONTAINERS.contains(type)) {
            readSemantics(e, id);
          } else {
            collectIds(e);
          }
        } else if (type.equals("sequenceFlow")) {
          flows.put(id, new Flow(id, e.getAttribute("sourceRef"), e.getAttribute("targetRef")));
          successors.computeIfAbsent(e.getAttribute("sourceRef"), k -> new ArrayList<>()).add(e.getAttribute("targetRef"));
          collectIds(e);
        } else if (type.equals("process")) {
          readSemantics(e, null);
        } else {
          collectIds(e);
        }
      }
    }

    private void collectIds(Element e) {
      NodeList all = e.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        String id = ((Element) all.item(i)).getAttribute("id");
        if (!id.isEmpty()) {
          allIds.add(id);
        }
      }
    }

    private void readDi(Document doc) {
      NodeList planes = doc.getElementsByTagNameNS(BPMNDI, "BPMNPlane");
      for (int p = 0; p < planes.getLength(); p++) {
        Element plane = (Element) planes.item(p);
        String planeId = plane.getAttribute("bpmnElement");
        diReferences.add(planeId);
        NodeList shapeList = plane.getElementsByTagNameNS(BPMNDI, "BPMNShape");
        for (int i = 0; i < shapeList.getLength(); i++) {
          Element s = (Element) shapeList.item(i);
          String ref = s.getAttribute("bpmnElement");
          diReferences.add(ref);
          shapeCount.merge(ref, 1, Integer::sum);
          shapePlane.put(ref, planeId);
          expanded.put(ref, "true".equals(s.getAttribute("isExpanded")));
          Element bounds = firstChild(s, DC, "Bounds");
          if (bounds != null) {
            shapes.put(ref, new Box(num(bounds, "x"), num(bounds, "y"), num(bounds, "width"), num(bounds, "height")));
          }
        }
        NodeList edgeList = plane.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
        for (int i = 0; i < edgeList.getLength(); i++) {
          Element s = (Element) edgeList.item(i);
          String ref = s.getAttribute("bpmnElement");
          diReferences.add(ref);
          edgeCount.merge(ref, 1, Integer::sum);
          List<double[]> points = new ArrayList<>();
          for (Node c = s.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element w && DI.equals(w.getNamespaceURI()) && w.getLocalName().equals("waypoint")) {
              points.add(new double[] {num(w, "x"), num(w, "y")});
            }
          }
          edges.put(ref, points);
        }
      }
    }

    private static Element firstChild(Element e, String ns, String name) {
      for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element x && ns.equals(x.getNamespaceURI()) && x.getLocalName().equals(name)) {
          return x;
        }
      }
      return null;
    }

    private static double num(Element e, String attribute) {
      return Double.parseDouble(e.getAttribute(attribute));
    }

    boolean isExpanded(String id) {
      return expanded.getOrDefault(id, false);
    }

    boolean samePlane(String a, String b) {
      String pa = shapePlane.get(a);
      return pa != null && pa.equals(shapePlane.get(b));
    }

    /** Whether inner is drawn inside the expanded subprocess outer (directly or deeper). */
    boolean isDrawnInside(FlowNode inner, FlowNode outer) {
      if (inner == null || outer == null || !isExpanded(outer.id)) {
        return false;
      }
      for (String s = inner.scope; s != null; s = nodes.containsKey(s) ? nodes.get(s).scope : null) {
        if (s.equals(outer.id)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a path of sequence flows leads from one node to another (a loop-back closes a cycle). */
    boolean reaches(String from, String to) {
      Deque<String> todo = new ArrayDeque<>(List.of(from));
      Set<String> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        String n = todo.pop();
        if (n.equals(to)) {
          return true;
        }
        if (seen.add(n)) {
          todo.addAll(successors.getOrDefault(n, List.of()));
          // boundary events leave their host
          nodes.values().stream().filter(b -> n.equals(b.attachedTo)).forEach(b -> todo.add(b.id));
        }
      }
      return false;
    }
  }
}
