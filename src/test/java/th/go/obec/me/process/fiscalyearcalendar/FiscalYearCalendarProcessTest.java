package th.go.obec.me.process.fiscalyearcalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.Dates.bangkok;
import static th.go.obec.me.process.fiscalyearcalendar.FiscalYearCalendarTestSupport.runDueCalendarJobs;
import static th.go.obec.me.process.fiscalyearcalendar.FiscalYearCalendarTestSupport.started;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.support.WorkingDays;
import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.support.ProcessEngineTest;

/** fiscal-year-calendar (catalogue 11) on H2, with the engine clock moved through the year. */
class FiscalYearCalendarProcessTest extends ProcessEngineTest {

  @BeforeEach
  void calledProcessesExist() {
    FiscalYearCalendarTestSupport.deployStandInsForAbsentProcesses(processEngine);
    FiscalYearCalendarTestSupport.forgetFinishedWorkOf(processEngine, 2570);
    FiscalYearCalendarTestSupport.forgetFinishedWorkOf(processEngine, 2571);
  }

  ProcessInstance startByHand(int fiscalYear) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.FISCAL_YEAR_CALENDAR,
        withVariables(ProcessConstants.FISCAL_YEAR, fiscalYear));
  }

  @Test
  void startsEachWorkOfTheYearInItsMonthWhenTheClockMovesMonthByMonth() {
    clockAt(bangkok("2026-08-31T10:00"));
    ProcessInstance calendar = startByHand(2570);
    assertThat(calendar.getBusinessKey()).isEqualTo("fiscal-year-calendar:2570");
    assertThat(calendar).hasPassed("End_NothingToStartByHand");

    Map<String, Set<String>> startedInMonth = new LinkedHashMap<>();
    Set<String> before = new TreeSet<>();
    for (LocalDate month = LocalDate.of(2026, 9, 1); !month.isAfter(LocalDate.of(2027, 9, 1)); month = month.plusMonths(1)) {
      clockAt(bangkok(month + "T08:31"));
      runDueCalendarJobs(processEngine, calendar);
      Set<String> now = started(processEngine, calendar);
      Set<String> newly = new TreeSet<>(now);
      newly.removeAll(before);
      startedInMonth.put(month.toString().substring(0, 7), newly);
      before = now;
    }

    assertThat(startedInMonth).containsExactly(
        Map.entry("2026-09", Set.of(ProcessConstants.POLICY_MONITORING)),
        Map.entry("2026-10", Set.of(ProcessConstants.ACTION_PLAN_MONITORING, ProcessConstants.DEVELOPMENT_PLAN_EVALUATION, ProcessConstants.ME_SYSTEM_DEVELOPMENT,
            ProcessConstants.STRATEGY_EVALUATION)),
        Map.entry("2026-11", Set.of()), Map.entry("2026-12", Set.of()), Map.entry("2027-01", Set.of()),
        Map.entry("2027-02", Set.of()),
        Map.entry("2027-03", Set.of(ProcessConstants.ACTION_PLAN_EVALUATION)),
        Map.entry("2027-04", Set.of()), Map.entry("2027-05", Set.of()), Map.entry("2027-06", Set.of()),
        Map.entry("2027-07", Set.of()), Map.entry("2027-08", Set.of()),
        Map.entry("2027-09", Set.of(ProcessConstants.ANNUAL_REPORT)));

    List<HistoricProcessInstance> called = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(calendar.getId()).list();
    assertThat(called).hasSize(7).allSatisfy(instance -> {
      assertThat(instance.getBusinessKey()).isEqualTo(instance.getProcessDefinitionKey() + ":2570");
      assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).variableName(ProcessConstants.FISCAL_YEAR).singleResult().getValue())
          .isEqualTo(2570);
    });
    assertThat(calendar).isWaitingAt("Call_PolicyMonitoring", "Call_ActionPlanMonitoring", "Call_MeSystemDevelopment",
        "Call_StrategyEvaluation", "Call_DevelopmentPlanEvaluation", "Call_ActionPlanEvaluation", "Call_AnnualReport");
  }

  @Test
  void startsEachWorkOnTheFirstDayOfItsMonthAtHalfPastEight() {
    clockAt(bangkok("2026-08-31T10:00"));
    ProcessInstance calendar = startByHand(2570);

    Map<String, Date> timers = new LinkedHashMap<>();
    for (Job job : processEngine.getManagementService().createJobQuery().processInstanceId(calendar.getId()).timers().list()) {
      timers.put(processEngine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
          .singleResult().getActivityId(), job.getDuedate());
    }
    assertThat(timers).containsOnly(
        Map.entry("Timer_PolicyMonitoring", bangkok("2026-09-01T08:30")),
        Map.entry("Timer_ActionPlanMonitoring", bangkok("2026-10-01T08:30")),
        Map.entry("Timer_MeSystemDevelopment", bangkok("2026-10-01T08:30")),
        Map.entry("Timer_StrategyEvaluation", bangkok("2026-10-01T08:30")),
        Map.entry("Timer_DevelopmentPlanEvaluation", bangkok("2026-10-01T08:30")),
        Map.entry("Timer_ActionPlanEvaluation", bangkok("2027-03-01T08:30")),
        Map.entry("Timer_AnnualReport", bangkok("2027-09-01T08:30")));
  }

  @Test
  void doesNotStartAgainWorkAlreadyStartedByHandForTheYear() {
    clockAt(bangkok("2026-09-15T09:00"));
    ProcessInstance calendar = startByHand(2570);
    ProcessInstance byHand = processEngine.getRuntimeService().startProcessInstanceByKey(
        ProcessConstants.ME_SYSTEM_DEVELOPMENT, withVariables(ProcessConstants.FISCAL_YEAR, 2570));

    clockAt(bangkok("2026-10-01T08:31"));
    runDueCalendarJobs(processEngine, calendar);

    assertThat(started(processEngine, calendar)).contains(ProcessConstants.ACTION_PLAN_MONITORING, ProcessConstants.STRATEGY_EVALUATION)
        .doesNotContain(ProcessConstants.ME_SYSTEM_DEVELOPMENT);
    assertThat(calendar).hasPassed("End_MeSystemDevelopmentAlreadyStarted").hasNotPassed("Call_MeSystemDevelopment");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.ME_SYSTEM_DEVELOPMENT).list())
        .extracting(ProcessInstance::getId).containsExactly(byHand.getId());
  }

  @Test
  void listsWorkWhoseMonthHasPassedForMonitoringToStartByHandWhenStartedMidYear() {
    clockAt(bangkok("2026-09-20T09:00"));
    processEngine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ME_SYSTEM_DEVELOPMENT,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570));
    clockAt(bangkok("2026-11-21T09:00"));

    ProcessInstance calendar = startByHand(2570);

    SpinJsonNode list = (SpinJsonNode) processEngine.getRuntimeService().getVariable(calendar.getId(), ProcessConstants.START_BY_HAND);
    assertThat(list.elements()).extracting(item -> item.prop("key").stringValue()).containsExactly(
        ProcessConstants.POLICY_MONITORING, ProcessConstants.ACTION_PLAN_MONITORING, ProcessConstants.STRATEGY_EVALUATION, ProcessConstants.DEVELOPMENT_PLAN_EVALUATION);
    assertThat(list.elements().get(1).prop("month").stringValue()).isEqualTo("ตุลาคม 2569");
    assertThat(calendar).isWaitingAt("Task_StartByHand", "Timer_ActionPlanEvaluation", "Timer_AnnualReport")
        .hasPassed("End_PolicyMonitoringStartByHand", "End_ActionPlanMonitoringStartByHand",
            "End_MeSystemDevelopmentStartByHand");
    assertThat(task(calendar)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasName("งานที่ต้องเริ่มเอง")
        .hasDueDate(WorkingDays.due(bangkok("2026-11-28T16:30")));
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(calendar.getId()).count())
        .isEqualTo(2);

    complete(task(calendar), withVariables("startedByHand", true));
    assertThat(calendar).hasPassed("End_StartedByHand").isWaitingAt("Timer_ActionPlanEvaluation", "Timer_AnnualReport");
  }

  @Test
  void offersTheStartFormForStartingByHandInTasklist() throws Exception {
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessConstants.FISCAL_YEAR_CALENDAR).latestVersion().singleResult().getId();

    try (var form = processEngine.getFormService().getDeployedStartForm(definitionId)) {
      assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("\"id\": \"fiscal-year-calendar-start\"", ProcessConstants.FISCAL_YEAR);
    }
  }

  @Test
  void yearlyTimerStartsTheCalendarOfTheComingFiscalYearOnFirstOfSeptember() {
    Job yearly = yearlyTimer();
    LocalDateTime fires = LocalDateTime.ofInstant(yearly.getDuedate().toInstant(),
        FiscalCalendar.BANGKOK);
    assertThat(fires.toLocalDate().getDayOfMonth()).isEqualTo(1);
    assertThat(fires.getMonthValue()).isEqualTo(9);
    assertThat(fires.toLocalTime()).isEqualTo(LocalTime.of(8, 30));
    int comingYear = FiscalCalendar.fiscalYearOf(fires.toLocalDate()) + 1;
    FiscalYearCalendarTestSupport.forgetFinishedWorkOf(processEngine, comingYear);

    clockAt(new Date(yearly.getDuedate().getTime() + 30_000));
    processEngine.getManagementService().executeJob(yearly.getId());

    ProcessInstance calendar = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.FISCAL_YEAR_CALENDAR).singleResult();
    assertThat(calendar.getBusinessKey()).isEqualTo("fiscal-year-calendar:" + comingYear);
    assertThat(calendar).hasPassed("Start_Calendar").hasNotPassed("Task_StartByHand");
    runDueCalendarJobs(processEngine, calendar);
    assertThat(started(processEngine, calendar)).containsExactly(ProcessConstants.POLICY_MONITORING);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("policy-monitoring:" + comingYear).count()).isEqualTo(1);
    assertThat(yearlyTimer().getDuedate()).isEqualTo(Date.from(fires.plusYears(1)
        .atZone(FiscalCalendar.BANGKOK).toInstant()));
  }

  /** The job of the calendar's timer start event: it belongs to no process instance. */
  private Job yearlyTimer() {
    return processEngine.getManagementService().createJobQuery()
        .processDefinitionKey(ProcessConstants.FISCAL_YEAR_CALENDAR).timers().list().stream()
        .filter(job -> job.getProcessInstanceId() == null)
        .findFirst().orElseThrow();
  }
}
