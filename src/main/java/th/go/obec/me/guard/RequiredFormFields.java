package th.go.obec.me.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.obec.me.engine.TypedValues;
import th.go.obec.me.rule.OfficeRuleException;

/**
 * The server side of a Camunda Form's "required" marks: Tasklist checks them in the browser, but
 * the REST API would complete a task with none of its fields. A submission must carry a
 * non-empty value for every required field of the task's form; otherwise it is refused with the
 * missing fields named, and nothing is saved.
 *
 * <p>Fields hidden by a condition are left to the browser (their condition is FEEL, which only
 * the form renderer evaluates). A dynamic list marked {@code "validate": {"required": true}} must
 * have at least one row: form-js ignores the mark, the server does not.
 *
 * <p>After the required fields, the {@link FormRule}s given run in order (values of each field
 * kind, sizes, dates): add a rule there rather than here; a check that needs the task itself is
 * a {@link TaskCompletionRule} bean.
 */
public class RequiredFormFields {

  private final ObjectMapper json;
  private final Supplier<FormService> formService;
  private final BiFunction<String, String, Object> taskVariables;
  private final List<FormRule> rules;
  private final Function<String, String> fixedFormOfTask;
  private final Iterable<? extends TaskCompletionRule> taskRules;
  /** The forms that cannot change, by {@link #fixedFormOfTask}'s key (README "Speed at scale"). */
  private final Map<String, JsonNode> fixedForms = new ConcurrentHashMap<>();

  /**
   * @param taskVariables a task's variable by task id and name, read for the rules (options of a
   *                      select's {@code valuesKey})
   * @param rules         the checks after the required fields, in order
   * @param fixedFormOfTask for a task the person may read whose form cannot change (bound to its
   *                      deployment), a key naming that form, otherwise null: such a form is read
   *                      and parsed once, not at every completion
   * @param taskRules     the checks of a task completion that need the task (run last), looked up
   *                      at each completion
   * @param json          reads the deployed forms
   */
  public RequiredFormFields(ObjectMapper json, Supplier<FormService> formService, BiFunction<String, String, Object> taskVariables,
      List<FormRule> rules, Function<String, String> fixedFormOfTask,
      Iterable<? extends TaskCompletionRule> taskRules) {
    this.json = json;
    this.formService = formService;
    this.taskVariables = taskVariables;
    this.rules = List.copyOf(rules);
    this.fixedFormOfTask = fixedFormOfTask;
    this.taskRules = taskRules;
  }

  /** Refuses a task completion that lacks a required field of the task's form, or breaks a rule. */
  public void check(String taskId, Map<String, Object> submitted) {
    String fixedForm;
    try {
      fixedForm = fixedFormOfTask.apply(taskId);
    } catch (ProcessEngineException notFoundOrNotAuthorized) {
      fixedForm = null;
    }
    Supplier<JsonNode> read = () -> formOf(() -> formService.get().getDeployedTaskForm(taskId), "task " + taskId);
    JsonNode form = fixedForm == null ? read.get() : fixedForms.computeIfAbsent(fixedForm, key -> read.get());
    run(form, submitted, taskVariables == null ? null : name -> taskVariables.apply(taskId, name));
    Map<String, Object> values = submitted == null ? Map.of() : submitted;
    taskRules.forEach(rule -> rule.check(taskId, form, values));
  }

  /**
   * The keys of the fields a person fills in on the task's form (not read-only, not disabled, not
   * a button; a dynamic list by its path), in the form's order. The per-person answer beans take
   * their field lists from here, so that they always match the deployed form. Read in the running
   * command (a task listener's) without the caller's authorizations; a form bound to its deployment
   * is read once per process version, in the cache the completion checks use.
   */
  public List<String> answerFields(DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    Supplier<JsonNode> read = () -> context.runWithoutAuthorization(() -> formOf(
        () -> new GetDeployedTaskFormCmd(task.getId()).execute(context), "task " + task.getId()));
    String fixedForm = task instanceof TaskEntity entity ? GuardPlugin.fixedFormKey(entity) : null;
    JsonNode form = fixedForm == null ? read.get() : fixedForms.computeIfAbsent(fixedForm, key -> read.get());
    if (form == null) {
      throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no Camunda Form to take answers from");
    }
    List<String> keys = new ArrayList<>();
    answerFields(form, keys);
    return keys;
  }

  private static void answerFields(JsonNode component, List<String> keys) {
    String type = component.path("type").asText();
    if ("dynamiclist".equals(type)) {
      if (component.hasNonNull("path")) {
        keys.add(component.get("path").asText());
      }
      return;
    }
    if (component.hasNonNull("key") && !"button".equals(type)
        && !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false)) {
      keys.add(component.get("key").asText());
    }
    for (JsonNode child : component.path("components")) {
      answerFields(child, keys);
    }
  }

  /** Refuses a start-form submission that lacks a required field of the process's start form. */
  public void checkStart(String processDefinitionId, Map<String, Object> submitted) {
    run(formOf(() -> formService.get().getDeployedStartForm(processDefinitionId),
        "process definition " + processDefinitionId), submitted, null);
  }

  /** Runs the checks on a form already read (the start guard reads the start form itself). */
  public void check(JsonNode form, Map<String, Object> submitted, Function<String, Object> existing) {
    run(form, submitted, existing);
  }

  private void run(JsonNode form, Map<String, Object> submitted, Function<String, Object> existing) {
    Map<String, Object> values = submitted == null ? Map.of() : submitted;
    if (form != null) {
      List<Field> required = new ArrayList<>();
      collect(form, required);
      refuseMissing(required, values);
    }
    for (FormRule rule : rules) {
      rule.check(form, values, existing);
    }
  }

  private static void refuseMissing(List<Field> required, Map<String, Object> submitted) {
    List<Field> missing = required.stream()
        .filter(field -> isEmpty(valueOf(submitted, field.key())))
        .toList();
    if (!missing.isEmpty()) {
      String names = String.join(", ", missing.stream().map(Field::describe).toList());
      throw OfficeRuleException.invalid("กรุณากรอกข้อมูลที่จำเป็นให้ครบ: " + names,
          "missing required fields: " + String.join(", ", missing.stream().map(Field::key).toList()));
    }
  }

  /** The form's JSON, or null when there is no Camunda Form to read. */
  JsonNode formOf(Supplier<InputStream> deployedForm, String owner) {
    InputStream form;
    try {
      form = deployedForm.get();
    } catch (ProcessEngineException | NullPointerException noCamundaForm) {
      // (the engine's form command fails with a NullPointerException for an unknown task id)
      // Not found, not authorized or no form: the command itself will report what is wrong.
      return null;
    }
    try (InputStream in = form) {
      return json.readTree(in);
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

  /**
   * A submitted value, typed when the submission is a VariableMap (the REST API's): its plain
   * get() would deserialize an object value, which is what the checks must look at first.
   */
  static Object valueOf(Map<String, ?> submitted, String name) {
    return submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
  }

  static boolean isEmpty(Object value) {
    if (value instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
        && !serializable.isDeserialized()) {
      return serializable.getValueSerialized() == null;
    }
    Object plain = TypedValues.plain(value);
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
