package th.go.obec.me.process.emenscrreport;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.process.common.CalendarDeadline;
import th.go.obec.me.process.common.PersonAnswers;

/**
 * Start listener of one quarter of emenscr-report's step 7 ("report each project's progress
 * every quarter"): the quarter's number ({@code quarter}, 1-4 from the loop), its deadline
 * ({@code quarterDue}: OBEC's {@code q<n>Deadline} or the configured days after the quarter's
 * last day), its own report sheet of the projects ({@code quarterReports}) and a blank check.
 */
@Component("openQuarter")
public class OpenQuarter implements ExecutionListener {

  /** What a quarter's sheet keeps of each project. */
  static final List<String> SHEET_FIELDS = List.of("code", "name", "owner", "emenscrProjectId");
  /** The quarter check's variables, kept per quarter. */
  static final List<String> CHECK_FIELDS = List.of("incompleteProjects", "revisionNotes", "checkedOn", "quarterSummary");

  private final FiscalCalendar calendar;
  private final EmenscrSettings settings;
  private final PersonAnswers answers;

  public OpenQuarter(FiscalCalendar calendar, EmenscrSettings settings, PersonAnswers answers) {
    this.calendar = calendar;
    this.settings = settings;
    this.answers = answers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int quarter = ((Number) execution.getVariable("loopCounter")).intValue() + 1;
    execution.setVariableLocal("quarter", quarter);
    execution.setVariableLocal("quarterDue", progressDue(execution, CalendarDeadline.fiscalYearOf(execution), quarter));
    execution.setVariableLocal("quarterReports", answers.copy(execution.getVariable("projects"), SHEET_FIELDS));
    CHECK_FIELDS.forEach(name -> execution.setVariableLocal(name, null));
  }

  /** OBEC's deadline for the quarter ({@code q1Deadline} .. {@code q4Deadline}) or the configured days after its end. */
  Date progressDue(DelegateExecution execution, int fiscalYear, int quarter) {
    Object given = execution.getVariable("q" + quarter + "Deadline");
    return calendar.due(given, calendar.daysAfter(calendar.monthEnd(fiscalYear, lastMonthOf(quarter)),
        settings.progressDaysAfterQuarter()));
  }

  /** The last month of quarter 1-4 of the fiscal year (Q1 Oct-Dec ... Q4 Jul-Sep). */
  static int lastMonthOf(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1-4, was " + quarter);
    }
    return (quarter * 3 + 8) % 12 + 1;
  }
}
