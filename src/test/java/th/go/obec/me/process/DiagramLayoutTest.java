package th.go.obec.me.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every diagram in processes/ can be read in Cockpit and Camunda Modeler: each flow node has one
 * shape and each flow one edge, no two shapes overlap (but a boundary event on its host, or a
 * node inside its expanded subprocess), edges start and end at their nodes, nothing lies at
 * negative coordinates, and the process reads left to right.
 */
class DiagramLayoutTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
  private static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
      "intermediateThrowEvent", "boundaryEvent", "userTask", "serviceTask", "scriptTask", "sendTask", "receiveTask",
      "businessRuleTask", "manualTask", "task", "callActivity", "subProcess", "exclusiveGateway", "parallelGateway",
      "inclusiveGateway", "eventBasedGateway", "complexGateway");
  private static final double TOLERANCE = 10;

  record Box(double x, double y, double w, double h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean contains(Box o) {
      return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
    }

    boolean near(double px, double py) {
      return px >= x - TOLERANCE && px <= x + w + TOLERANCE && py >= y - TOLERANCE && py <= y + h + TOLERANCE;
    }
  }

  record Node(String id, String type, String parent, String attachedTo) {
  }

  static Stream<Path> diagrams() throws IOException {
    return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void diagramIsCompleteAndReadable(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml = factory.newDocumentBuilder().parse(file.toFile());

    Map<String, Node> nodes = new HashMap<>();
    Map<String, String[]> flows = new HashMap<>();
    NodeList all = xml.getElementsByTagNameNS(BPMN, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      String type = element.getLocalName();
      if (FLOW_NODES.contains(type)) {
        Element parent = (Element) element.getParentNode();
        nodes.put(element.getAttribute("id"), new Node(element.getAttribute("id"), type,
            "subProcess".equals(parent.getLocalName()) ? parent.getAttribute("id") : null,
            element.hasAttribute("attachedToRef") ? element.getAttribute("attachedToRef") : null));
      } else if ("sequenceFlow".equals(type)) {
        flows.put(element.getAttribute("id"),
            new String[] {element.getAttribute("sourceRef"), element.getAttribute("targetRef")});
      }
    }

    Map<String, Box> shapes = new HashMap<>();
    List<String> problems = new ArrayList<>();
    NodeList shapeElements = xml.getElementsByTagNameNS(BPMNDI, "BPMNShape");
    for (int i = 0; i < shapeElements.getLength(); i++) {
      Element shape = (Element) shapeElements.item(i);
      Element bounds = (Element) shape.getElementsByTagNameNS(DC, "Bounds").item(0);
      Box box = new Box(num(bounds, "x"), num(bounds, "y"), num(bounds, "width"), num(bounds, "height"));
      if (shapes.put(shape.getAttribute("bpmnElement"), box) != null) {
        problems.add(shape.getAttribute("bpmnElement") + " has two shapes");
      }
      if (box.x() < 0 || box.y() < 0) {
        problems.add(shape.getAttribute("bpmnElement") + " lies at negative coordinates");
      }
    }
    for (String id : nodes.keySet()) {
      if (!shapes.containsKey(id)) {
        problems.add(id + " has no shape");
      }
    }

    Map<String, List<double[]>> edges = new HashMap<>();
    NodeList edgeElements = xml.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
    for (int i = 0; i < edgeElements.getLength(); i++) {
      Element edge = (Element) edgeElements.item(i);
      NodeList points = edge.getElementsByTagNameNS(DI, "waypoint");
      List<double[]> waypoints = new ArrayList<>();
      for (int p = 0; p < points.getLength(); p++) {
        waypoints.add(new double[] {num((Element) points.item(p), "x"), num((Element) points.item(p), "y")});
      }
      edges.put(edge.getAttribute("bpmnElement"), waypoints);
    }
    for (Map.Entry<String, String[]> flow : flows.entrySet()) {
      List<double[]> waypoints = edges.get(flow.getKey());
      if (waypoints == null || waypoints.size() < 2) {
        problems.add(flow.getKey() + " has no edge with two waypoints");
        continue;
      }
      Box source = shapes.get(flow.getValue()[0]);
      Box target = shapes.get(flow.getValue()[1]);
      double[] first = waypoints.get(0);
      double[] last = waypoints.get(waypoints.size() - 1);
      if (source != null && !source.near(first[0], first[1])) {
        problems.add(flow.getKey() + " does not start at " + flow.getValue()[0]);
      }
      if (target != null && !target.near(last[0], last[1])) {
        problems.add(flow.getKey() + " does not end at " + flow.getValue()[1]);
      }
    }

    List<Node> placed = nodes.values().stream().filter(n -> shapes.containsKey(n.id())).toList();
    for (int i = 0; i < placed.size(); i++) {
      for (int j = i + 1; j < placed.size(); j++) {
        Node a = placed.get(i);
        Node b = placed.get(j);
        Box boxA = shapes.get(a.id());
        Box boxB = shapes.get(b.id());
        boolean related = a.id().equals(b.attachedTo()) || b.id().equals(a.attachedTo())
            || a.id().equals(b.parent()) || b.id().equals(a.parent())
            || (a.attachedTo() != null && a.attachedTo().equals(b.parent()))
            || (b.attachedTo() != null && b.attachedTo().equals(a.parent()));
        if (!related && boxA.overlaps(boxB)) {
          problems.add(a.id() + " overlaps " + b.id());
        }
      }
      Node node = placed.get(i);
      if (node.parent() != null && shapes.containsKey(node.parent())
          && !shapes.get(node.parent()).contains(shapes.get(node.id()))) {
        problems.add(node.id() + " sticks out of its subprocess " + node.parent());
      }
    }

    double firstStart = placed.stream().filter(n -> n.type().equals("startEvent") && n.parent() == null)
        .mapToDouble(n -> shapes.get(n.id()).x()).min().orElse(0);
    double lastEnd = placed.stream().filter(n -> n.type().equals("endEvent") && n.parent() == null)
        .mapToDouble(n -> shapes.get(n.id()).x()).max().orElse(Double.MAX_VALUE);
    if (firstStart >= lastEnd) {
      problems.add("the process does not read left to right (start at x=" + firstStart + ", end at x=" + lastEnd + ")");
    }

    assertThat(problems).as(file + " diagram").isEmpty();
  }

  private static double num(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }
}
