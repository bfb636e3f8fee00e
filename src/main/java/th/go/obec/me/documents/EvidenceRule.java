package th.go.obec.me.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The evidence rule: a form field marked {@code "properties": {"evidence": "link-or-document"}}
 * (the evidence links) is satisfied by its link or by at least one document attached in this step.
 * Checked on the server when the task completes, through any API, before the task's own listeners;
 * a completion with neither is refused (REST 400) and nothing is saved. Beside the required-field
 * check of guard/RequiredFormFields, which leaves such fields alone (they are not "required").
 */
@Component
public class EvidenceRule extends AbstractProcessEnginePlugin implements TaskListener {

  static final String PROPERTY = "evidence";
  static final String LINK_OR_DOCUMENT = "link-or-document";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Evidence fields by process definition and task definition key (forms deploy with processes). */
  private final Map<String, List<Field>> fieldsByTask = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, EvidenceRule.this);
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getProcessInstanceId() == null) {
      return;
    }
    List<Field> fields = fieldsByTask.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> evidenceFields(task.getId()));
    if (fields.isEmpty()) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    boolean attached = !context.getAttachmentManager().findAttachmentsByTaskId(task.getId()).isEmpty();
    List<Field> missing = fields.stream().filter(field -> !attached && isEmpty(task.getVariable(field.key()))).toList();
    if (!missing.isEmpty()) {
      throw new FormFieldValidationException(PROPERTY,
          "กรุณาใส่ลิงก์หลักฐาน หรือแนบไฟล์หลักฐานในแท็บ เอกสาร ของงานนี้: "
              + String.join(", ", missing.stream().map(Field::describe).toList())
              + " / evidence required: a link in " + String.join(", ", missing.stream().map(Field::key).toList())
              + " or a document attached to this task");
    }
  }

  private static List<Field> evidenceFields(String taskId) {
    CommandContext context = Context.getCommandContext();
    InputStream form;
    try {
      form = context.runWithoutAuthorization(() ->
          context.getProcessEngineConfiguration().getFormService().getDeployedTaskForm(taskId));
    } catch (ProcessEngineException noCamundaForm) {
      return List.of();
    }
    try (InputStream in = form) {
      List<Field> fields = new ArrayList<>();
      collect(JSON.readTree(in), fields);
      return List.copyOf(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable form of task " + taskId, e);
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
    if (value instanceof SpinJsonNode json) {
      return json.isNull();
    }
    return value == null || value.toString().isBlank();
  }

  record Field(String key, String label) {
    String describe() {
      return label.isBlank() ? key : label + " (" + key + ")";
    }
  }
}
