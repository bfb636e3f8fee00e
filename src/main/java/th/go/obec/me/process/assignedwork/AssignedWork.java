package th.go.obec.me.process.assignedwork;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.engine.Unrestricted;
import th.go.obec.me.identity.People;

/**
 * Work a supervisor assigns ({@code processes/assigned-work.bpmn}): its running number in the
 * fiscal year, and who may be given it.
 */
@Component("assignedWork")
public class AssignedWork {

  /** The groups whose members a supervisor may assign work to. */
  static final String[] WORKER_GROUPS = {"monitoring", "planning"};

  private final HistoryService historyService;
  private final People people;

  public AssignedWork(@Lazy HistoryService historyService, People people) {
    this.historyService = historyService;
    this.people = people;
  }

  /**
   * Several works may be assigned in one fiscal year: unless the starter gives a {@code round},
   * the work gets the next running number of the year (1, 2, 3 ...), which the start guard puts
   * into the business key {@code assigned-work:<fiscalYear>:<number>}. Runs as the process's start
   * listener, before the start guard; a missing or bad fiscalYear is left for the guard to refuse.
   */
  public void numberIfMissing(DelegateExecution execution) {
    Object round = execution.getVariable(ProcessConstants.ROUND);
    Object fiscalYear = execution.getVariable(ProcessConstants.FISCAL_YEAR);
    if ((round != null && !round.toString().isBlank()) || fiscalYear == null) {
      return;
    }
    String yearKey = ProcessConstants.ASSIGNED_WORK + ":" + fiscalYear.toString().trim() + ":";
    int last = Unrestricted.query(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.ASSIGNED_WORK)
        .processInstanceBusinessKeyLike(yearKey + "%")
        .list().stream()
        .map(instance -> instance.getBusinessKey().substring(yearKey.length()))
        .filter(number -> number.matches("\\d{1,9}"))
        .mapToInt(Integer::parseInt)
        .max().orElse(0));
    execution.setVariable(ProcessConstants.ROUND, String.valueOf(last + 1));
  }

  /** Select options of the members of monitoring and planning, each person once. */
  public JsonValue workerOptions() {
    return people.options(String.join(",", WORKER_GROUPS));
  }
}
