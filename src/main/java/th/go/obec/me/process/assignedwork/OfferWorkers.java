package th.go.obec.me.process.assignedwork;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of assigned-work's start: the people a work may be assigned to (monitoring and
 * planning staff) as the assign form's options ({@code workerOptions}).
 */
@Component("offerWorkers")
public class OfferWorkers implements ExecutionListener {

  private final AssignedWork assignedWork;

  public OfferWorkers(AssignedWork assignedWork) {
    this.assignedWork = assignedWork;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable("workerOptions", assignedWork.workerOptions());
  }
}
