package th.go.obec.me.guard;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** Form submission (what Tasklist calls) of tasks and start forms, refused while required form fields are missing. */
public class FormCheckingFormService extends FormServiceImpl {

  private final RequiredFormFields requiredFields;

  public FormCheckingFormService(RequiredFormFields requiredFields) {
    this.requiredFields = requiredFields;
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
    requiredFields.checkStart(processDefinitionId, properties);
    return super.submitStartForm(processDefinitionId, properties);
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, String businessKey, Map<String, Object> properties) {
    requiredFields.checkStart(processDefinitionId, properties);
    return super.submitStartForm(processDefinitionId, businessKey, properties);
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    requiredFields.check(taskId, properties);
    super.submitTaskForm(taskId, properties);
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties, boolean deserializeValues) {
    requiredFields.check(taskId, properties);
    return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
  }

  @Override
  public void submitTaskFormData(String taskId, Map<String, String> properties) {
    requiredFields.check(taskId, new HashMap<>(properties));
    super.submitTaskFormData(taskId, properties);
  }
}
