package th.go.obec.me.process.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The {@code camunda:properties} of the diagram element a listener bean runs for: how a shared
 * bean learns what it works on in this step (e.g. {@code workList = indicators}) without
 * positional arguments in an expression, and without {@code camunda:field} injection, which
 * would write into a singleton bean shared by all threads.
 */
public final class ElementProperties {

  private ElementProperties() {
  }

  public static String required(DelegateTask task, String name) {
    return required(task.getBpmnModelElementInstance(), name);
  }

  public static String required(DelegateExecution execution, String name) {
    return required(execution.getBpmnModelElementInstance(), name);
  }

  public static Optional<String> optional(DelegateTask task, String name) {
    return optional(task.getBpmnModelElementInstance(), name);
  }

  public static Optional<String> optional(DelegateExecution execution, String name) {
    return optional(execution.getBpmnModelElementInstance(), name);
  }

  /** A property holding names separated by commas, as a list (none when the property is absent). */
  public static List<String> names(Optional<String> value) {
    return value.map(text -> Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  static String required(BaseElement element, String name) {
    return optional(element, name).orElseThrow(() -> new IllegalStateException("BPMN element "
        + (element == null ? "?" : element.getId()) + " needs the camunda:property '" + name + "'"));
  }

  static Optional<String> optional(BaseElement element, String name) {
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions == null) {
      return Optional.empty();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> name.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .filter(value -> value != null && !value.isBlank())
        .map(String::trim)
        .findFirst();
  }
}
