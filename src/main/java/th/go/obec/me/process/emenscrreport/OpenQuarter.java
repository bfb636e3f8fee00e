package th.go.obec.me.process.emenscrreport;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import th.go.obec.me.process.common.CalendarDeadline;
import th.go.obec.me.process.common.PersonAnswers;

/**
 * Start listener of one quarter of emenscr-report's step 7, part 2 ("report each
 * project's progress every quarter"): the quarter's number ({@code quarter}, 1-4 from the loop), its deadline
 * ({@code quarterDue}: OBEC's {@code q<n>Deadline} or the configured days after the quarter's
 * last day), its own report sheet of the projects ({@code quarterReports}) and a blank check.
 */
@Component("openQuarter")
public class OpenQuarter implements ExecutionListener {

  /** What a quarter's sheet keeps of each project. */
  static final List<String> SHEET_FIELDS = List.of("code", "name", "owner", "emenscrProjectId");
  /** The quarter check's variables, kept per quarter. */
  static final List<String> CHECK_FIELDS = List.of("incompleteProjects", "revisionNotes", "checkedOn", "quarterSummary");

  private final EmenscrQuarters quarters;
  private final PersonAnswers answers;

  public OpenQuarter(EmenscrQuarters quarters, PersonAnswers answers) {
    this.quarters = quarters;
    this.answers = answers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int quarter = ((Number) execution.getVariable("loopCounter")).intValue() + 1;
    // a Long, as the expression loopCounter + 1 stored it before
    execution.setVariableLocal("quarter", (long) quarter);
    execution.setVariableLocal("quarterDue", quarters.progressDue(execution.getVariable("q" + quarter + "Deadline"),
        CalendarDeadline.fiscalYearOf(execution), quarter));
    execution.setVariableLocal("quarterReports", answers.copy(execution.getVariable("projects"), SHEET_FIELDS));
    CHECK_FIELDS.forEach(name -> execution.setVariableLocal(name, null));
  }
}
