package th.go.obec.me.guard;

import java.util.Map;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

import th.go.obec.me.rule.OfficeRuleException;

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

  /**
   * An unknown task id is the caller's mistake (404), said before the engine's form and complete
   * commands fail on it with a null pointer or an ERROR in the log. Counted without the caller's
   * authorizations: a task they may not see still answers 403 from the completion itself.
   */
  private void requireTask(String taskId) {
    boolean found = taskId != null && commandExecutor.execute(context -> context.runWithoutAuthorization(
        () -> context.getTaskManager().findTaskById(taskId) != null));
    if (!found) {
      throw OfficeRuleException.notFound("ไม่พบงาน " + taskId + " (อาจเสร็จแล้วหรือถูกยกเลิก)",
          "task " + taskId + " does not exist (completed or cancelled?)");
    }
  }

  @Override
  public void complete(String taskId) {
    requireTask(taskId);
    requiredFields.check(taskId, Map.of());
    super.complete(taskId);
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    requireTask(taskId);
    requiredFields.check(taskId, variables);
    super.complete(taskId, variables);
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
    requireTask(taskId);
    requiredFields.check(taskId, variables);
    return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
  }
}
