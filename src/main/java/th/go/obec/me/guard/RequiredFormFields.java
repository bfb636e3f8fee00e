package th.go.obec.me.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server side of a Camunda Form's "required" marks: Tasklist checks them in the browser, but
 * the REST API would complete a task with none of its fields. A submission must carry a
 * non-empty value for every required field of the task's form; otherwise it is refused with the
 * missing fields named, and nothing is saved.
 *
 * <p>Fields hidden by a condition are left to the browser (their condition is FEEL, which only
 * the form renderer evaluates). A dynamic list marked {@code "validate": {"required": true}} must
 * have at least one row: form-js ignores the mark, the server does not.
 */
public class RequiredFormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Further checks of a task completion, run after the required fields with the same arguments
   * (task id, submitted values); each refuses with a FormFieldValidationException
   * (documents/EvidenceRule registers itself here).
   */
  public static final List<java.util.function.BiConsumer<String, Map<String, Object>>> TASK_CHECKS =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private final Supplier<FormService> formService;

  public RequiredFormFields(Supplier<FormService> formService) {
    this.formService = formService;
  }

  /** Refuses a task completion that lacks a required field of the task's form. */
  public void check(String taskId, Map<String, Object> submitted) {
    refuseMissing(fieldsOf(() -> formService.get().getDeployedTaskForm(taskId), "task " + taskId), submitted);
    TASK_CHECKS.forEach(check -> check.accept(taskId, submitted));
  }

  /** Refuses a start-form submission that lacks a required field of the process's start form. */
  public void checkStart(String processDefinitionId, Map<String, Object> submitted) {
    refuseMissing(fieldsOf(() -> formService.get().getDeployedStartForm(processDefinitionId),
        "process definition " + processDefinitionId), submitted);
  }

  private static void refuseMissing(List<Field> required, Map<String, Object> submitted) {
    List<Field> missing = required.stream()
        .filter(field -> isEmpty(submitted == null ? null : submitted.get(field.key())))
        .toList();
    if (!missing.isEmpty()) {
      String names = String.join(", ", missing.stream().map(Field::describe).toList());
      throw new FormFieldValidationException("required",
          "กรุณากรอกข้อมูลที่จำเป็นให้ครบ: " + names + " / missing required fields: "
              + String.join(", ", missing.stream().map(Field::key).toList()));
    }
  }

  private static List<Field> fieldsOf(Supplier<InputStream> deployedForm, String owner) {
    InputStream form;
    try {
      form = deployedForm.get();
    } catch (ProcessEngineException noCamundaForm) {
      // Not found, not authorized or no form: the command itself will report what is wrong.
      return List.of();
    }
    try (InputStream in = form) {
      List<Field> required = new ArrayList<>();
      collect(JSON.readTree(in), required);
      return required;
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable form of " + owner, e);
    }
  }

  private static void collect(JsonNode component, List<Field> required) {
    if (component.path("conditional").has("hide")) {
      return;
    }
    // A field's variable is its key; a dynamic list's variable is its path (a list of rows).
    String variable = component.hasNonNull("key") ? component.get("key").asText()
        : "dynamiclist".equals(component.path("type").asText()) ? component.path("path").asText(null) : null;
    if (component.path("validate").path("required").asBoolean(false) && variable != null) {
      required.add(new Field(variable, component.path("label").asText("")));
    }
    // Fields inside a dynamic list are values of its rows, not variables of their own.
    if (!"dynamiclist".equals(component.path("type").asText())) {
      for (JsonNode child : component.path("components")) {
        collect(child, required);
      }
    }
  }

  static boolean isEmpty(Object value) {
    Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
    if (plain == null) {
      return true;
    }
    if (plain instanceof CharSequence text) {
      return text.toString().isBlank();
    }
    if (plain instanceof Collection<?> collection) {
      return collection.isEmpty();
    }
    if (plain instanceof Map<?, ?> map) {
      return map.isEmpty();
    }
    if (plain instanceof SpinJsonNode json) {
      return json.isNull() || (json.isArray() && json.elements().isEmpty());
    }
    return false;
  }

  record Field(String key, String label) {
    String describe() {
      return label.isBlank() ? key : label + " (" + key + ")";
    }
  }
}
