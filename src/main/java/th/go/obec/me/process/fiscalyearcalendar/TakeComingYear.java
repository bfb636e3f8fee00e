package th.go.obec.me.process.fiscalyearcalendar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of fiscal-year-calendar: the yearly timer starts the calendar without variables,
 * so it plans the fiscal year that begins after it fires ({@link YearWork#comingYearIfMissing}).
 */
@Component("takeComingYear")
public class TakeComingYear implements ExecutionListener {

  private final YearWork yearWork;

  public TakeComingYear(YearWork yearWork) {
    this.yearWork = yearWork;
  }

  @Override
  public void notify(DelegateExecution execution) {
    yearWork.comingYearIfMissing(execution);
  }
}
