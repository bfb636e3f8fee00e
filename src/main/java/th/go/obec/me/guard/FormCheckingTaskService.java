package th.go.obec.me.guard;

import java.util.Map;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** Task completion through the Java and REST APIs, refused while required form fields are missing. */
public class FormCheckingTaskService extends TaskServiceImpl {

  private final RequiredFormFields requiredFields;
  private final SubmittedVariables variables;

  public FormCheckingTaskService(RequiredFormFields requiredFields, SubmittedVariables variables) {
    this.requiredFields = requiredFields;
    this.variables = variables;
  }

  // Variables written to a task outside a completion (REST PUT/POST .../variables) keep the same limits.

  @Override
  public void setVariable(String taskId, String variableName, Object value) {
    variables.check(java.util.Collections.singletonMap(variableName, value));
    super.setVariable(taskId, variableName, value);
  }

  @Override
  public void setVariableLocal(String taskId, String variableName, Object value) {
    variables.check(java.util.Collections.singletonMap(variableName, value));
    super.setVariableLocal(taskId, variableName, value);
  }

  @Override
  public void setVariables(String taskId, Map<String, ? extends Object> values) {
    variables.check(values);
    super.setVariables(taskId, values);
  }

  @Override
  public void setVariablesLocal(String taskId, Map<String, ? extends Object> values) {
    variables.check(values);
    super.setVariablesLocal(taskId, values);
  }

  @Override
  public void complete(String taskId) {
    requiredFields.check(taskId, Map.of());
    super.complete(taskId);
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    requiredFields.check(taskId, variables);
    super.complete(taskId, variables);
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
    requiredFields.check(taskId, variables);
    return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
  }
}
