package th.go.obec.me.process.fiscalyearcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.calendar.ThaiDates;
import th.go.obec.me.engine.Unrestricted;

/**
 * The year's work for the fiscal-year calendar ({@code processes/fiscal-year-calendar.bpmn}): when
 * each work starts, whether it already runs or ran for the year, and what must be started by hand
 * when the calendar itself starts late.
 *
 * <p>The start months are configuration: {@code me.calendar.defaults."fiscal-year-calendar.<key>"},
 * month specs as for due dates ("9-1" is September before the year, "10" October, "3" March);
 * the work starts on the first day of that month at the start of the office day.
 */
@Component("yearWork")
public class YearWork {

  /** The call activities of fiscal-year-calendar.bpmn, each the key of the process it starts. */
  public static final List<String> CALENDAR_WORK = List.of(
      ProcessConstants.POLICY_MONITORING,
      ProcessConstants.ACTION_PLAN_MONITORING,
      ProcessConstants.ME_SYSTEM_DEVELOPMENT,
      ProcessConstants.STRATEGY_EVALUATION,
      ProcessConstants.DEVELOPMENT_PLAN_EVALUATION,
      ProcessConstants.ACTION_PLAN_EVALUATION,
      ProcessConstants.ANNUAL_REPORT);

  private static final String CONFIG_PREFIX = ProcessConstants.FISCAL_YEAR_CALENDAR + ".";

  private final FiscalCalendar calendar;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final YearWorkProperties properties;
  private final ObjectMapper json;

  public YearWork(FiscalCalendar calendar, @Lazy HistoryService historyService,
      @Lazy RepositoryService repositoryService, YearWorkProperties properties, ObjectMapper json) {
    this.calendar = calendar;
    this.json = json;
    this.properties = properties;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
  }

  /** The calendar's timer start cycle (Quartz cron), for {@code ${yearWork.startCycle}}. */
  public String getStartCycle() {
    return properties.startCycle();
  }

  /**
   * The yearly timer starts the calendar without variables: it plans the fiscal year that begins
   * after it fires. Runs as the process's start listener, before the start guard reads fiscalYear.
   */
  public void comingYearIfMissing(DelegateExecution execution) {
    if (execution.getVariable(ProcessConstants.FISCAL_YEAR) == null) {
      execution.setVariable(ProcessConstants.FISCAL_YEAR, calendar.currentFiscalYear() + 1);
    }
  }

  /** When a work of the year starts: 08:30 on the first working day of its configured month. */
  public Date startOf(String processKey, int fiscalYear) {
    return calendar.workStarts(calendar.configuredMonth(CONFIG_PREFIX + processKey, fiscalYear).atDay(1));
  }

  /** True when the work's start month has ended before {@code at}: too late to schedule it. */
  public boolean hasPassed(String processKey, int fiscalYear, Object at) {
    Date monthEnd = calendar.configured(CONFIG_PREFIX + processKey, fiscalYear);
    return calendar.toDate(at).after(monthEnd);
  }

  /**
   * True when the work runs or ran for the fiscal year (started by hand, by a message or by an
   * earlier calendar): the calendar does not start it twice. Cancelled instances do not count.
   */
  public boolean isRunningOrDone(String processKey, int fiscalYear) {
    String yearKey = processKey + ":" + fiscalYear;
    List<HistoricProcessInstance> instances = Unrestricted.query(() -> {
      List<HistoricProcessInstance> found = new ArrayList<>(historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(processKey).processInstanceBusinessKey(yearKey).list());
      found.addAll(historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(processKey).processInstanceBusinessKeyLike(yearKey + ":%").list());
      return found;
    });
    return instances.stream().anyMatch(instance -> !instance.getState().endsWith("TERMINATED"));
  }

  /**
   * The work whose start month has passed when the calendar starts (started by hand in the middle
   * of the year) and that does not run yet: [{key, name, month}], for the staff to start by hand.
   */
  public JsonValue startByHand(int fiscalYear, Object at) {
    ArrayNode list = json.createArrayNode();
    CALENDAR_WORK.stream()
        .sorted(Comparator.comparing((String key) -> startOf(key, fiscalYear)))
        .filter(key -> hasPassed(key, fiscalYear, at) && !isRunningOrDone(key, fiscalYear))
        .forEach(key -> {
          LocalDate start = FiscalCalendar.toZoned(startOf(key, fiscalYear)).toLocalDate();
          list.addObject()
              .put("key", key)
              .put("name", nameOf(key))
              .put("month", ThaiDates.monthName(start.getMonthValue()) + " "
                  + FiscalCalendar.toBuddhistEra(start.getYear()));
        });
    return SpinValues.jsonValue(list.toString()).create();
  }

  private String nameOf(String processKey) {
    ProcessDefinition definition = Unrestricted.query(() -> repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult());
    return definition == null || definition.getName() == null ? processKey : definition.getName();
  }

}
