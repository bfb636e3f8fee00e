package th.go.obec.me.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import th.go.obec.me.engine.TypedValues;
import th.go.obec.me.guard.TaskCompletionRule;
import th.go.obec.me.rule.OfficeRuleException;

/**
 * The evidence rule: a form field marked {@code "properties": {"evidence": "link-or-document"}}
 * (the evidence links; not "required" in the form, so that Tasklist lets the step go without it)
 * is satisfied by its link or by at least one document attached in this step. Checked on the
 * server when the task completes through any API, right after guard/RequiredFormFields (a
 * guard/TaskCompletionRule); with neither, the completion is refused (REST 400)
 * and nothing is saved.
 */
@Component
public class EvidenceRule implements TaskCompletionRule {

  static final String PROPERTY = "evidence";
  static final String LINK_OR_DOCUMENT = "link-or-document";

  private final ObjectProvider<ProcessEngine> engine;

  public EvidenceRule(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  @Override
  public void check(String taskId, JsonNode form, Map<String, Object> submitted) {
    if (form == null) {
      return;
    }
    List<Field> fields = new ArrayList<>();
    collect(form, fields);
    if (fields.isEmpty()) {
      return;
    }
    ProcessEngine processEngine = engine.getObject();
    if (!processEngine.getTaskService().getTaskAttachments(taskId).isEmpty()) {
      return;
    }
    List<Field> missing = fields.stream()
        .filter(field -> isEmpty(submitted == null ? null : submitted.get(field.key())) && isEmpty(saved(processEngine, taskId, field.key())))
        .toList();
    if (!missing.isEmpty()) {
      throw OfficeRuleException.invalid("กรุณาใส่ลิงก์หลักฐาน หรือแนบไฟล์หลักฐานในแท็บ เอกสาร ของงานนี้: "
              + String.join(", ", missing.stream().map(Field::describe).toList()),
          "evidence required: a link in " + String.join(", ", missing.stream().map(Field::key).toList())
              + " or a document attached to this task");
    }
  }

  /** A link saved on the task before (Tasklist's "save"), when the caller may read it. */
  private static Object saved(ProcessEngine engine, String taskId, String key) {
    try {
      return engine.getTaskService().getVariable(taskId, key);
    } catch (ProcessEngineException notReadable) {
      return null;
    }
  }

  private static void collect(JsonNode component, List<Field> fields) {
    if (LINK_OR_DOCUMENT.equals(component.path("properties").path(PROPERTY).asText()) && component.hasNonNull("key")
        && !component.path("conditional").has("hide")) {
      fields.add(new Field(component.get("key").asText(), component.path("label").asText("")));
    }
    if (!"dynamiclist".equals(component.path("type").asText())) {
      for (JsonNode child : component.path("components")) {
        collect(child, fields);
      }
    }
  }

  private static boolean isEmpty(Object value) {
    Object plain = TypedValues.plain(value);
    if (plain instanceof SpinJsonNode json) {
      return json.isNull();
    }
    return plain == null || plain.toString().isBlank();
  }

  record Field(String key, String label) {
    String describe() {
      return label.isBlank() ? key : label + " (" + key + ")";
    }
  }
}
