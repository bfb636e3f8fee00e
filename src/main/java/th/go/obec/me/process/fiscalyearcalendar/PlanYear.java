package th.go.obec.me.process.fiscalyearcalendar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.obec.me.process.common.CalendarDeadline;

/**
 * "Plan the year's work" (service task of fiscal-year-calendar): the work whose start month has
 * already passed and that does not run yet ({@code startByHand}), for the staff to start by hand;
 * the rest waits for its timer.
 */
@Component("planYear")
public class PlanYear implements JavaDelegate {

  private final YearWork yearWork;

  public PlanYear(YearWork yearWork) {
    this.yearWork = yearWork;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("startByHand",
        yearWork.startByHand(CalendarDeadline.fiscalYearOf(execution), execution.getVariable("plannedAt")));
  }
}
