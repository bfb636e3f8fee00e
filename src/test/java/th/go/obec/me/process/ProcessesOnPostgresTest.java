package th.go.obec.me.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static th.go.obec.me.ProcessConstants.APPROVED;
import static th.go.obec.me.ProcessConstants.COMMENT;
import static th.go.obec.me.support.Dates.FISCAL_YEAR;
import static th.go.obec.me.support.Dates.at;
import static th.go.obec.me.support.Dates.bangkok;
import static th.go.obec.me.support.Steps.fields;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.process.actionplanevaluation.ActionPlanEvaluationProcessTest;
import th.go.obec.me.process.actionplanmonitoring.ActionPlanMonitoringProcessTest;
import th.go.obec.me.process.annualreport.AnnualReportSteps;
import th.go.obec.me.process.developmentplanevaluation.DevelopmentPlanEvaluationProcessTest;
import th.go.obec.me.process.emenscrreport.EmenscrReportWalk;
import th.go.obec.me.process.emesreport.EmesReportWalk;
import th.go.obec.me.process.fiscalyearcalendar.FiscalYearCalendarTestSupport;
import th.go.obec.me.process.inspectionreport.InspectionSteps;
import th.go.obec.me.process.mesystemdevelopment.MeSystemDevelopmentSteps;
import th.go.obec.me.process.policymonitoring.PolicyMonitoringSteps;
import th.go.obec.me.process.strategyevaluation.StrategyEvaluationProcessTest;
import th.go.obec.me.process.fiscalyearcalendar.YearWork;
import th.go.obec.me.support.EngineClock;
import th.go.obec.me.support.PostgresProcessEngineTest;

/**
 * Every process walked from start to end on a real PostgreSQL database (the production
 * database): the same walks as the H2 process tests (process/&lt;key&gt;/), in one Spring context on
 * one embedded PostgreSQL, so that the whole suite pays for one application start. Each test
 * starts from a clean runtime (ProcessEngineTest); the walks run in fiscal year 2570.
 * The development plan is set to 2568-2572 here, so that 2570 is its middle year and the mid-plan
 * step of development-plan-evaluation runs (the H2 test covers the default plan, where it is skipped).
 */
@TestPropertySource(properties = {"me.development-plan.first-year=2568", "me.development-plan.last-year=2572"})
class ProcessesOnPostgresTest extends PostgresProcessEngineTest {

  // --- 1 policy-monitoring ---------------------------------------------------------------------

  @Test
  void policyMonitoringRunsAWholeYearWithAReturnedReport() {
    clockAt(at(2026, 9, 20, 9, 0));
    ProcessInstance pi = PolicyMonitoringSteps.start();
    PolicyMonitoringSteps.studyPolicy(pi);
    PolicyMonitoringSteps.preparePlan(pi);
    PolicyMonitoringSteps.prepareTools(pi);

    clockAt(at(2027, 3, 1, 9, 0));
    executeDueJobs();
    PolicyMonitoringSteps.collectProgress(pi, "รอบมีนาคม");
    PolicyMonitoringSteps.presentRoundReport(pi);
    PolicyMonitoringSteps.reviewRoundReport(pi, false, "เพิ่มตัวเลขงบประมาณ");
    PolicyMonitoringSteps.presentRoundReport(pi);
    PolicyMonitoringSteps.reviewRoundReport(pi, true, "เห็นชอบ");
    PolicyMonitoringSteps.notifyImprovements(pi);

    clockAt(at(2027, 9, 1, 9, 0));
    executeDueJobs();
    PolicyMonitoringSteps.runRound(pi);
    PolicyMonitoringSteps.annualReport(pi);

    assertThat(pi).isEnded();
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ReviewRoundReport").count()).isEqualTo(3);
  }

  // --- 2 inspection-report ---------------------------------------------------------------------

  @Test
  void inspectionReportRunsFromTheRequestThroughTheVisitToTheSummary() {
    clockAt(at(2026, 10, 1, 9, 0));
    ProcessInstance pi = InspectionSteps.requested("2026-11-20");
    InspectionSteps.reportToTheRegionalOffice(pi);

    clockAt(at(2027, 1, 15, 9, 0));
    runtimeService().createMessageCorrelation(ProcessConstants.MSG_INSPECTION_VISIT_ANNOUNCED)
        .processInstanceBusinessKey(ProcessConstants.INSPECTION_REPORT + ":" + FISCAL_YEAR)
        .setVariable(ProcessConstants.VISIT_DATE, "2027-02-10")
        .correlate();
    InspectionSteps.hostTheVisit(pi);

    clockAt(at(2027, 9, 1, 9, 0));
    executeDueJobs();
    InspectionSteps.analyseRecommendations(pi);
    InspectionSteps.review(pi, "Task_ReviewRecommendations", true, "เห็นชอบ");
    InspectionSteps.notifyAndSummarise(pi);

    assertThat(pi).hasPassed("Boundary_VisitAnnounced", "Task_PresentToInspector", "Task_SubmitReport",
        "Task_SummariseAndReport").isEnded();
  }

  // --- 3 emes-report ---------------------------------------------------------------------------

  @Test
  void emesReportWalksAWholeRoundFromObecsRequestToTheFollowUpPreparation() {
    clockAt(bangkok("2027-02-01T09:00"));
    EmesReportWalk walk = new EmesReportWalk(processEngine);
    ProcessInstance pi = walk.requestedByObec("1", "2027-03-31");
    assertThat(pi).hasBusinessKey(ProcessConstants.EMES_REPORT + ":" + FISCAL_YEAR + ":1");

    walk.prepareIndicators();
    complete(task("Task_DraftCommitteeOrder"), EmesReportWalk.order());
    complete(task("Task_SignCommitteeOrder"), fields(APPROVED, false, COMMENT, "แก้เลขที่คำสั่ง"));
    Assertions.assertThat(taskService().getVariable(task("Task_DraftCommitteeOrder").getId(), COMMENT))
        .isEqualTo("แก้เลขที่คำสั่ง");
    walk.orderSigned();
    Assertions.assertThat(walk.reports("Task_ReportIndicator")).hasSize(3);
    walk.everyOwnerReports();
    walk.compiledAndScreened();
    walk.readinessMeeting("2.1");
    assertThat(task("Task_ReviseIndicator")).isAssignedTo("napa.c");
    complete(task("Task_ReviseIndicator"), fields("indicatorResult", "แก้แล้ว", "evidenceLink", "https://drive.example/2.1"));
    walk.screened();
    walk.readinessMeeting();
    walk.summarizedSubmittedAndFollowedUp();

    assertThat(pi).isEnded().hasPassed("Task_ReviseIndicator", "Task_SubmitEmes", "End_Reported");
  }

  // --- 4 emenscr-report ------------------------------------------------------------------------

  @Test
  void emenscrReportWalksAWholeYearFromObecsRequestThroughTheFourQuarters() {
    clockAt(bangkok("2026-10-05T09:00"));
    EmenscrReportWalk walk = new EmenscrReportWalk(processEngine);
    ProcessInstance pi = walk.requestedByObec(ProcessConstants.EXTERNAL_DEADLINE, "2026-12-25", "q1Deadline", "2027-01-20");

    walk.projectsAssigned();
    complete(task("Task_DraftAnnouncement"), EmenscrReportWalk.announcement());
    complete(task("Task_SignAnnouncement"), fields(APPROVED, false, COMMENT, "แก้ชื่อผู้มีสิทธิ์"));
    Assertions.assertThat(taskService().getVariable(task("Task_DraftAnnouncement").getId(), COMMENT))
        .isEqualTo("แก้ชื่อผู้มีสิทธิ์");
    walk.announcementSigned();
    walk.committeeOrdersSigned();
    walk.projectsEntered();

    String[] quarterEnds = {"2027-01-01", "2027-04-01", "2027-07-01", "2027-10-01"};
    for (int q = 0; q < 4; q++) {
      clockAt(bangkok(quarterEnds[q] + "T08:30"));
      executeDueJobs();
      Assertions.assertThat(walk.tasks("Task_ReportProgress")).hasSize(3);
      if (q == 0) {
        Assertions.assertThat(walk.tasks("Task_ReportProgress").get(0).getDueDate()).isEqualTo(bangkok("2027-01-20T16:30"));
      }
      walk.everyOwnerReportsProgress("Task_ReportProgress", 25 * (q + 1));
      if (q == 2) {
        walk.quarterChecked("P02");
        assertThat(task("Task_ReviseProgress")).isAssignedTo("anan.w");
        walk.everyOwnerReportsProgress("Task_ReviseProgress", 80);
      }
      walk.quarterChecked();
    }
    complete(task("Task_SummarizeForNextYear"), fields("nextYearSummaryLink", "https://drive.example/summary",
        "notifiedOn", "2027-10-20", "notifiedTo", "ผู้รับผิดชอบโครงการทุกคน"));
    complete(task("Task_PrepareFollowUp"), fields("followUpFolderLink", "https://drive.example/evidence",
        "preparedOn", "2027-11-15"));

    assertThat(pi).isEnded().hasPassed("Timer_QuarterEnd", "Task_ReviseProgress", "End_Reported");
  }

  // --- 5 action-plan-monitoring ----------------------------------------------------------------

  @Test
  void actionPlanMonitoringRunsTheWholeYear() {
    ProcessInstance pi = ActionPlanMonitoringProcessTest.walkToSummary();

    assertThat(pi).isWaitingAt("Task_PrepareSummary");
    ActionPlanMonitoringProcessTest.completeSummary();
    assertThat(task()).hasCandidateGroup(OfficeRole.DIRECTOR.id());
    complete(task(), fields(APPROVED, true));

    assertThat(pi).hasPassed("Task_ReportProgress", "Task_ProgressMeeting", "Task_DirectorReview").isEnded();
  }

  // --- 6-8 strategy-evaluation, development-plan-evaluation, action-plan-evaluation ------------

  @Test
  void strategyEvaluationRunsTheWholeYear() {
    assertThat(StrategyEvaluationProcessTest.walk()).hasPassed("Task_ReportResults").isEnded();
  }

  @Test
  void developmentPlanEvaluationRunsTheMidPlanStepInTheMiddleYear() {
    assertThat(DevelopmentPlanEvaluationProcessTest.walk(true))
        .hasPassed("Task_MidPlanEvaluation", "Task_ParticipatoryEvaluation", "Task_ReportResults")
        .hasNotPassed("Timer_March").isEnded();
  }

  @Test
  void actionPlanEvaluationRunsTheWholeYear() {
    assertThat(ActionPlanEvaluationProcessTest.walk()).hasPassed("Task_EvaluateProject", "Task_ReportResults").isEnded();
  }

  // --- 9 me-system-development -----------------------------------------------------------------

  @Test
  void meSystemDevelopmentRunsAllSixStepsWithBothReviews() {
    clockAt(bangkok("2026-10-01T08:30"));
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(ProcessConstants.ME_SYSTEM_DEVELOPMENT,
        fields(ProcessConstants.FISCAL_YEAR, FISCAL_YEAR, ProcessConstants.DEVELOPMENT_START, "2026-10-01"));

    MeSystemDevelopmentSteps.studies(pi);
    MeSystemDevelopmentSteps.framework(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewFramework", false, "แก้ไข");
    MeSystemDevelopmentSteps.framework(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewFramework", true, "");
    MeSystemDevelopmentSteps.system(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewSystem", false, "แก้ไข");
    MeSystemDevelopmentSteps.system(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewSystem", true, "");
    MeSystemDevelopmentSteps.disseminate(pi);

    assertThat(pi).isEnded().hasPassed("End_Disseminated");
  }

  // --- 10 annual-report ------------------------------------------------------------------------

  @Test
  void annualReportRunsFromMemoToPublishedReport() {
    clockAt(bangkok("2027-09-01T08:30"));

    ProcessInstance pi = AnnualReportSteps.walkToPublishing();

    assertThat(pi).isWaitingAt("Task_PublishManually");
    complete(task(pi), fields(ProcessConstants.PUBLISHED_URL, "https://esa.example/annual-2570", "publishedDate", "2027-12-20"));
    assertThat(pi).isEnded().hasPassed("Task_SendGroupResults", "Task_PrintReport", "End_Published");
  }

  // --- 11 fiscal-year-calendar -----------------------------------------------------------------

  @Test
  void fiscalYearCalendarStartsTheWholeYearsWork() {
    FiscalYearCalendarTestSupport.deployStandInsForAbsentProcesses(processEngine);
    FiscalYearCalendarTestSupport.forgetFinishedWorkOf(processEngine, FISCAL_YEAR);
    clockAt(bangkok("2026-08-31T10:00"));
    ProcessInstance calendar = runtimeService().startProcessInstanceByKey(
        ProcessConstants.FISCAL_YEAR_CALENDAR, fields(ProcessConstants.FISCAL_YEAR, FISCAL_YEAR));

    for (LocalDate month = LocalDate.of(2026, 9, 1); !month.isAfter(LocalDate.of(2027, 9, 1)); month = month.plusMonths(1)) {
      clockAt(bangkok(month + "T08:31"));
      EngineClock.executeDueJobsOf(calendar);
    }

    Assertions.assertThat(FiscalYearCalendarTestSupport.started(processEngine, calendar))
        .containsExactlyInAnyOrderElementsOf(YearWork.CALENDAR_WORK);
    assertThat(calendar).isWaitingAt("Call_AnnualReport");
  }

  // --- 12 assigned-work ------------------------------------------------------------------------

  @Test
  void assignedWorkAssignsReturnsAndAcceptsWork() {
    clockAt(bangkok("2026-11-21T09:00"));
    processEngine.getIdentityService().setAuthentication("somsak.p", List.of("planning-head"));
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(ProcessConstants.ASSIGNED_WORK,
        fields(ProcessConstants.FISCAL_YEAR, FISCAL_YEAR, "workTitle", "เตรียมข้อมูลประชุม"));
    processEngine.getIdentityService().clearAuthentication();

    assertThat(task(pi)).isAssignedTo("somsak.p");
    complete(task(pi), fields("workTitle", "เตรียมข้อมูลประชุม", "workDescription", "ข้อมูลผลสัมฤทธิ์",
        ProcessConstants.WORKER, "somchai.j", ProcessConstants.WORK_DUE_DATE, "2026-12-01"));
    assertThat(task(pi)).isAssignedTo("somchai.j");
    complete(task(pi), fields("workResult", "เสร็จ", "workResultLink", "https://drive.example/a.pdf"));
    complete(task(pi), fields(APPROVED, false, COMMENT, "เพิ่มกราฟ"));
    assertThat(pi).isWaitingAt("Task_DoWork").variables().containsEntry(COMMENT, "เพิ่มกราฟ");
    complete(task(pi), fields("workResult", "เพิ่มกราฟแล้ว", "workResultLink", "https://drive.example/b.pdf"));
    complete(task(pi), fields(APPROVED, true, COMMENT, ""));

    assertThat(pi).isEnded();
    Assertions.assertThat(pi.getBusinessKey()).isEqualTo(ProcessConstants.ASSIGNED_WORK + ":" + FISCAL_YEAR + ":1");
  }
}
