package th.go.obec.me.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** JSON process variables (Spin values) as the forms' dynamic lists submit and the beans write them. */
public final class Json {

  private Json() {
  }

  /** A JSON variable, as a form's list field submits it. */
  public static JsonValue json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  /** A JSON array of strings, e.g. the user ids picked in a form: {@code ["anan.w","suda.m"]}. */
  public static JsonValue jsonArray(String... items) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < items.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(items[i]).append('"');
    }
    return json(json.append(']').toString());
  }

  /** The rows of a JSON array variable of the instance (e.g. the per-person answers collected). */
  public static List<SpinJsonNode> rows(ProcessInstance pi, String variable) {
    return ((SpinJsonNode) runtimeService().getVariable(pi.getId(), variable)).elements();
  }
}
