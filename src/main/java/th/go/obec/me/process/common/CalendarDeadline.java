package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.calendar.FiscalCalendar;

/**
 * A process's deadline at its start: OBEC's date when the request gives one
 * ({@code externalDeadline}), otherwise the office calendar's step ({@code me.calendar.steps}) in
 * the fiscal year. Each process names its own bean (e.g. {@code emesSubmissionDue}), so that the
 * diagram reads as the manual.
 */
public abstract class CalendarDeadline implements ExecutionListener {

  private final FiscalCalendar calendar;
  private final String variable;
  private final String calendarStep;

  protected CalendarDeadline(FiscalCalendar calendar, String variable, String calendarStep) {
    this.calendar = calendar;
    this.variable = variable;
    this.calendarStep = calendarStep;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(variable, calendar.due(execution.getVariable(ProcessConstants.EXTERNAL_DEADLINE),
        calendar.configured(calendarStep, fiscalYearOf(execution))));
  }

  /** The instance's {@code fiscalYear} (a number, or its text from a form). */
  public static int fiscalYearOf(DelegateExecution execution) {
    Object year = execution.getVariable(ProcessConstants.FISCAL_YEAR);
    return year instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(year).trim());
  }
}
