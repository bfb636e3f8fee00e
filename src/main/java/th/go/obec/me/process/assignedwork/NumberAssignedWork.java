package th.go.obec.me.process.assignedwork;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of assigned-work (the manual's "the supervisor assigns a work", several a year):
 * the work's running number of the fiscal year, see {@link AssignedWork#numberIfMissing}.
 */
@Component("numberAssignedWork")
public class NumberAssignedWork implements ExecutionListener {

  private final AssignedWork assignedWork;

  public NumberAssignedWork(AssignedWork assignedWork) {
    this.assignedWork = assignedWork;
  }

  @Override
  public void notify(DelegateExecution execution) {
    assignedWork.numberIfMissing(execution);
  }
}
