package th.go.obec.me.process.fiscalyearcalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static th.go.obec.me.support.LocalSteps.clockAt;
import static th.go.obec.me.support.LocalSteps.completeStep;
import static th.go.obec.me.support.LocalSteps.startForm;
import static th.go.obec.me.support.LocalSteps.variable;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.support.LocalBeans;
import th.go.obec.me.support.LocalProcessEngine;

/**
 * fiscal-year-calendar alone on the local engine. Real beans: {@code fiscalCalendar} and
 * {@code yearWork} (and the beans that call it) with the office's configuration and this engine's
 * history: they decide which
 * work is scheduled, which is too late (started by hand) and which already runs, and when each
 * timer fires. The seven processes it calls are stand-ins ({@link LocalProcessEngine#deployStandIns}):
 * their own local tests walk them.
 */
@Deployment(resources = "processes/fiscal-year-calendar.bpmn")
class FiscalYearCalendarLocalTest {

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  /** The processes the calendar starts, in the order of its diagram. */
  private static final List<String> CALENDAR_WORK = List.of(ProcessConstants.POLICY_MONITORING,
      ProcessConstants.ACTION_PLAN_MONITORING, ProcessConstants.ME_SYSTEM_DEVELOPMENT,
      ProcessConstants.STRATEGY_EVALUATION, ProcessConstants.DEVELOPMENT_PLAN_EVALUATION,
      ProcessConstants.ACTION_PLAN_EVALUATION, ProcessConstants.ANNUAL_REPORT);

  @BeforeEach
  void realYearWork() {
    beans.real("yearWork", "planYear", "takeComingYear");
    LocalProcessEngine.deployStandIns(engine, CALENDAR_WORK);
  }

  /** When a work of the year starts: 08:30 on the first working day of its configured month. */
  private static Date startOf(String key) {
    FiscalCalendar calendar = LocalProcessEngine.fiscalCalendar();
    return calendar.workStarts(calendar.configuredMonth(ProcessConstants.FISCAL_YEAR_CALENDAR + "." + key, 2570).atDay(1));
  }

  private ProcessInstance planned(int fiscalYear) {
    ProcessInstance pi = startForm(ProcessConstants.FISCAL_YEAR_CALENDAR,
        Map.of(ProcessConstants.FISCAL_YEAR, fiscalYear));
    assertThat(pi).hasPassed("Start_Calendar", "Task_PlanYear", "Gateway_YearWork");
    return pi;
  }

  @Test
  void plannedAheadSchedulesEveryWorkStartsEachOnItsTimerAndSkipsTheOneThatAlreadyRuns() {
    clockAt("2026-09-01T08:30");
    runtimeService().startProcessInstanceByKey(ProcessConstants.ACTION_PLAN_MONITORING,
        ProcessConstants.ACTION_PLAN_MONITORING + ":2570");
    ProcessInstance pi = planned(2570);

    assertThat(pi).hasPassed("End_NothingToStartByHand");
    assertThat(((SpinJsonNode) variable(pi, ProcessConstants.START_BY_HAND)).elements()).isEmpty();
    for (String key : CALENDAR_WORK) {
      String timer = "Timer_" + activityName(key);
      Job job = jobQuery().processInstanceId(pi.getId()).activityId(timer).singleResult();
      assertThat(job).as(timer).isNotNull();
      assertThat(job.getDuedate()).as(timer).isEqualTo(startOf(key));
      engine.getManagementService().executeJob(job.getId());
      if (key.equals(ProcessConstants.ACTION_PLAN_MONITORING)) {
        assertThat(pi).hasPassed("End_ActionPlanMonitoringAlreadyStarted");
      } else {
        assertThat(pi).isWaitingAt("Call_" + activityName(key));
        Task standIn = taskQuery().processDefinitionKey(key).singleResult();
        assertThat(runtimeService().getVariable(standIn.getProcessInstanceId(), ProcessConstants.FISCAL_YEAR)).isEqualTo(2570);
        complete(standIn);
        assertThat(pi).hasPassed("Call_" + activityName(key), "End_" + activityName(key) + "Done");
      }
    }
    assertThat(pi).isEnded();
  }

  @Test
  void startedInTheMiddleOfTheYearListsTheWorkWhoseMonthHasPassedForTheStaffToStartByHand() {
    clockAt("2027-01-15T09:00");
    ProcessInstance pi = planned(2570);

    assertThat(pi).hasPassed("End_PolicyMonitoringStartByHand", "End_ActionPlanMonitoringStartByHand",
        "End_StrategyEvaluationStartByHand").isWaitingAt("Timer_ActionPlanEvaluation", "Timer_AnnualReport");
    assertThat(((SpinJsonNode) variable(pi, ProcessConstants.START_BY_HAND)).elements()).hasSize(5);
    assertThat(task("Task_StartByHand", pi)).hasCandidateGroup("monitoring")
        .hasDueDate(LocalProcessEngine.fiscalCalendar().daysAfter(LocalProcessEngine.fiscalCalendar().now(), 7));
    completeStep(pi, "Task_StartByHand", Map.of());
    assertThat(pi).hasPassed("End_StartedByHand");
  }

  @Test
  void theYearlyTimerStartsTheCalendarOfTheComingFiscalYear() {
    clockAt("2026-09-01T08:30");
    Job yearly = jobQuery().processDefinitionKey(ProcessConstants.FISCAL_YEAR_CALENDAR).timers().singleResult();
    assertThat(yearly.getProcessInstanceId()).isNull();
    assertThat(yearly.getDuedate()).isAfterOrEqualTo(LocalProcessEngine.fiscalCalendar().now());

    engine.getManagementService().executeJob(yearly.getId());

    ProcessInstance pi = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.FISCAL_YEAR_CALENDAR).singleResult();
    assertThat(pi).hasPassed("Start_Calendar", "End_NothingToStartByHand").isWaitingAt("Timer_PolicyMonitoring");
    assertThat(variable(pi, ProcessConstants.FISCAL_YEAR)).isEqualTo(2570);
  }

  /** "action-plan-monitoring" → "ActionPlanMonitoring", as the diagram names its elements. */
  private static String activityName(String key) {
    StringBuilder name = new StringBuilder();
    for (String part : key.split("-")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }
}
