package th.go.obec.me.process.assignedwork;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "assign the work": whoever assigned it is the work's {@code supervisor},
 * who checks the report and gets the work back when it returns (left as it was when the task had
 * no assignee).
 */
@Component("rememberSupervisor")
public class RememberSupervisor implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      task.getExecution().setVariable("supervisor", task.getAssignee());
    }
  }
}
