package th.go.obec.me.guard;

import java.util.Map;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** Task completion through the Java and REST APIs, refused while required form fields are missing. */
public class FormCheckingTaskService extends TaskServiceImpl {

  private final RequiredFormFields requiredFields;

  public FormCheckingTaskService(RequiredFormFields requiredFields) {
    this.requiredFields = requiredFields;
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
