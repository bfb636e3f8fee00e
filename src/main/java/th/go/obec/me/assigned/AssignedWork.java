package th.go.obec.me.assigned;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.identity.People;

/**
 * Work a supervisor assigns ({@code processes/assigned-work.bpmn}): its running number in the
 * fiscal year, and who may be given it.
 */
@Component("assignedWork")
public class AssignedWork {

  /** The groups whose members a supervisor may assign work to. */
  static final String[] WORKER_GROUPS = {"monitoring", "planning"};

  private static final ObjectMapper JSON = new ObjectMapper();

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
    int last = withoutAuthorization(() -> historyService.createHistoricProcessInstanceQuery()
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
    ArrayNode options = JSON.createArrayNode();
    Set<String> seen = new LinkedHashSet<>();
    for (String group : WORKER_GROUPS) {
      try {
        for (JsonNode option : JSON.readTree(people.options(group).getValueSerialized())) {
          if (seen.add(option.get("value").asText())) {
            options.add(option);
          }
        }
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Unreadable options of group " + group, e);
      }
    }
    return SpinValues.jsonValue(options.toString()).create();
  }

  private static <T> T withoutAuthorization(Callable<T> query) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(query);
    }
    try {
      return query.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
