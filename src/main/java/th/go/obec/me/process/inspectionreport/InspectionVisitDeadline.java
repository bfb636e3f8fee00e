package th.go.obec.me.process.inspectionreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;

/**
 * Start listener of the inspectors' visit: {@code visitDeadline}, the announced {@code visitDate}
 * or, when none is known yet, 30 days from now.
 */
@Component("inspectionVisitDeadline")
public class InspectionVisitDeadline implements ExecutionListener {

  static final int DAYS_WITHOUT_DATE = 30;

  private final FiscalCalendar calendar;

  public InspectionVisitDeadline(FiscalCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable("visitDeadline", calendar.due(execution.getVariable("visitDate"),
        calendar.daysAfter(calendar.now(), DAYS_WITHOUT_DATE)));
  }
}
