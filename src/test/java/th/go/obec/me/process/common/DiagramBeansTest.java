package th.go.obec.me.process.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diagrams call named beans the way CONTRIBUTING ("Listener and service beans") says: every
 * {@code delegateExpression} names a component of the application, a shared bean finds the
 * {@code camunda:properties} it reads on its element, the expressions left are the one-liners the
 * rule allows, and a multi-instance collection only reads. Plain JUnit: the files and the class
 * path are read, no engine and no Spring context.
 */
class DiagramBeansTest {

  private static final Path PROCESSES = Path.of(System.getProperty("diagrams.dir", "processes"));
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** The properties each shared bean reads with {@link ElementProperties#required}. */
  private static final Map<String, List<String>> PROPERTIES = Map.of(
      "draftLetter", List.of("letterKind", "letterFields"),
      "signLetter", List.of("letterKind", "letterFields"),
      "offerPeople", List.of("peopleGroup", "optionsVariable"),
      "collectPersonAnswers", List.of("answersList"),
      "openItemAnswers", List.of("item"),
      "recordItemAnswers", List.of("workList", "item"),
      "requireWorkList", List.of("workList"),
      "offerItemsToRevise", List.of("workList", "choicesVariable", "selectionVariable"),
      "markItemsToRevise", List.of("workList", "selectionVariable"));

  /** A listener expression that may stay: one setVariable of a literal, a counter or one fiscalCalendar call. */
  private static final Pattern ONE_LINER = Pattern.compile(
      "\\$\\{execution\\.setVariable\\('\\w+', (null|-?\\d+|'[^']*'|\\w+ \\+ 1|fiscalCalendar\\.now\\(\\))\\)\\}");

  private static final Map<String, String> BEANS = new HashMap<>();

  @BeforeAll
  static void scanComponents() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    for (BeanDefinition candidate : scanner.findCandidateComponents("th.go.obec.me")) {
      String className = candidate.getBeanClassName();
      String simple = className.substring(className.lastIndexOf('.') + 1);
      Object named = candidate instanceof org.springframework.beans.factory.annotation.AnnotatedBeanDefinition annotated
          ? annotated.getMetadata().getAnnotationAttributes(Component.class.getName()).get("value") : null;
      String name = named == null || named.toString().isEmpty()
          ? Character.toLowerCase(simple.charAt(0)) + simple.substring(1) : named.toString();
      BEANS.put(name, className);
    }
  }

  static Stream<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void delegateExpressionsNameBeansThatFindTheirProperties(Path diagram) throws Exception {
    Document xml = read(diagram);
    List<String> problems = new ArrayList<>();
    for (Element element : all(xml, CAMUNDA, "*")) {
      String delegate = element.getAttributeNS(CAMUNDA, "delegateExpression");
      if (delegate.isEmpty() && element.hasAttribute("delegateExpression")) {
        delegate = element.getAttribute("delegateExpression");
      }
      if (delegate.isEmpty()) {
        continue;
      }
      Matcher name = Pattern.compile("\\$\\{(\\w+)\\}").matcher(delegate);
      if (!name.matches()) {
        problems.add(delegate + ": a delegateExpression names one bean, ${beanName}");
        continue;
      }
      if (!BEANS.containsKey(name.group(1))) {
        problems.add(delegate + ": no @Component(\"" + name.group(1) + "\") in th.go.obec.me");
      }
      Set<String> given = propertiesAround(element);
      for (String needed : PROPERTIES.getOrDefault(name.group(1), List.of())) {
        if (!given.contains(needed)) {
          problems.add(delegate + " on " + owner(element) + ": camunda:property '" + needed + "' missing");
        }
      }
    }
    for (Element serviceTask : all(xml, BPMN, "serviceTask")) {
      String delegate = serviceTask.getAttributeNS(CAMUNDA, "delegateExpression");
      if (!delegate.isEmpty() && !BEANS.containsKey(delegate.replaceAll("^\\$\\{|\\}$", ""))) {
        problems.add(delegate + ": no such bean");
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void expressionsLeftAreOneLinersAndCollectionsOnlyRead(Path diagram) throws Exception {
    Document xml = read(diagram);
    List<String> problems = new ArrayList<>();
    for (String listener : List.of("executionListener", "taskListener")) {
      for (Element element : all(xml, CAMUNDA, listener)) {
        String expression = element.getAttribute("expression");
        if (!expression.isEmpty() && !ONE_LINER.matcher(expression).matches()) {
          problems.add(owner(element) + ": " + expression + " (make it a named bean)");
        }
      }
    }
    for (Element serviceTask : all(xml, BPMN, "serviceTask")) {
      if (serviceTask.hasAttributeNS(CAMUNDA, "expression")) {
        problems.add(serviceTask.getAttribute("id") + ": camunda:expression (make it a named bean)");
      }
    }
    for (Element loop : all(xml, BPMN, "multiInstanceLoopCharacteristics")) {
      String collection = loop.getAttributeNS(CAMUNDA, "collection");
      if (collection.contains("setVariable") || collection.contains("execution")) {
        problems.add(owner(loop) + ": the collection " + collection + " must only read");
      }
    }
    assertThat(problems).isEmpty();
  }

  private static Set<String> propertiesAround(Element listener) {
    Element extensions = (Element) listener.getParentNode();
    Set<String> names = new java.util.HashSet<>();
    for (Element property : all(extensions, CAMUNDA, "property")) {
      names.add(property.getAttribute("name"));
    }
    return names;
  }

  private static String owner(Element element) {
    org.w3c.dom.Node node = element;
    while (node != null && !(node instanceof Element e && e.hasAttribute("id") && BPMN.equals(e.getNamespaceURI()))) {
      node = node.getParentNode();
    }
    return node == null ? "?" : ((Element) node).getAttribute("id");
  }

  private static Document read(Path diagram) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(diagram.toFile());
  }

  private static List<Element> all(Object root, String namespace, String localName) {
    NodeList nodes = root instanceof Document document ? document.getElementsByTagNameNS(namespace, localName)
        : ((Element) root).getElementsByTagNameNS(namespace, localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
