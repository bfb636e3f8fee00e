package th.go.obec.me.process.inspectionreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.LocalSteps.clockAt;
import static th.go.obec.me.support.LocalSteps.completeStep;
import static th.go.obec.me.support.LocalSteps.due;
import static th.go.obec.me.support.LocalSteps.json;
import static th.go.obec.me.support.LocalSteps.startForm;
import static th.go.obec.me.support.LocalSteps.tasks;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.LocalBeans;
import th.go.obec.me.support.LocalProcessEngine;

/**
 * inspection-report alone on the local engine. Real beans: {@code fiscalCalendar} (due dates, the
 * September timer) and the report's and visit's deadlines ({@code inspectionReportDeadline},
 * {@code inspectionVisitDeadline}, where the diagram names them). No stubs: every branch is decided by the people's answers ({@code approved},
 * {@code visitDecision}) or OBEC's message; the letters and people's options are default mocks.
 */
@Deployment(resources = "processes/inspection-report.bpmn")
class InspectionReportLocalTest {

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  @BeforeEach
  void january2027() {
    clockAt("2027-01-11T09:00");
    // where the diagram names them: the report's and the visit's deadlines the due dates count back from
    beans.real("inspectionReportDeadline", "inspectionVisitDeadline");
  }

  private ProcessInstance requested() {
    ProcessInstance pi = runtimeService().createMessageCorrelation(ProcessConstants.MSG_INSPECTION_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, 2570).setVariable(ProcessConstants.EXTERNAL_DEADLINE, "2027-03-15")
        .correlateStartMessage();
    assertThat(pi).hasPassed("Start_InspectionRequested").isWaitingAt("Task_NoticeMemo", "Task_RecordVisitDecision");
    return pi;
  }

  @Test
  void walksTheReportWithEveryReviewLoopAndAVisitTheOfficeDecidedToTheRecommendations() {
    ProcessInstance pi = requested();
    assertThat(task("Task_NoticeMemo", pi)).hasCandidateGroup("monitoring").hasDueDate(due("2027-01-14T16:30"));
    assertThat(task("Task_RecordVisitDecision", pi)).hasCandidateGroup("monitoring");

    reportSubmitted(pi, true);

    // the visit the office decided: memo and report returned once each
    completeStep(pi, "Task_RecordVisitDecision", withVariables(ProcessConstants.VISIT_DECISION, "visit",
        ProcessConstants.VISIT_DATE, "2027-02-26"));
    assertThat(task("Task_DraftVisitMemo", pi)).hasCandidateGroup("monitoring").hasDueDate(
        LocalProcessEngine.fiscalCalendar().daysBefore(due("2027-02-26T16:30"), 14));
    visit(pi, true);

    recommendations(pi, true);
  }

  @Test
  void startedByHandEndsWithoutAVisitWhenTheOfficeRecordsNone() {
    ProcessInstance pi = startForm(ProcessConstants.INSPECTION_REPORT,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570, ProcessConstants.ROUND, "1",
            ProcessConstants.EXTERNAL_DEADLINE, "2027-03-15", "requestReference", "ศธ 04001/123"));
    assertThat(pi).hasPassed("Start_ByHand").isWaitingAt("Task_NoticeMemo", "Task_RecordVisitDecision");
    assertThat(task("Task_RecordVisitDecision", pi)).hasDueDate(
        LocalProcessEngine.fiscalCalendar().configured("inspection-report.visit-decision", 2570));
    completeStep(pi, "Task_RecordVisitDecision", withVariables(ProcessConstants.VISIT_DECISION, "none"));
    assertThat(pi).hasPassed("Gateway_VisitBranchDone").hasNotPassed("Sub_EvidenceBasedVisit");
    reportSubmitted(pi, false);
    recommendations(pi, false);
  }

  @Test
  void startsTheVisitWhenTheInspectorAnnouncesIt() {
    ProcessInstance pi = requested();
    runtimeService().createMessageCorrelation(ProcessConstants.MSG_INSPECTION_VISIT_ANNOUNCED)
        .processInstanceId(pi.getId()).setVariable(ProcessConstants.VISIT_DATE, "2027-02-19").correlate();

    assertThat(pi).hasPassed("Boundary_VisitAnnounced").hasNotPassed("Gateway_VisitDecided");
    assertThat(task("Task_DraftVisitMemo", pi)).hasDueDate(
        LocalProcessEngine.fiscalCalendar().daysBefore(due("2027-02-19T16:30"), 14));
    visit(pi, false);
    reportSubmitted(pi, false);
    recommendations(pi, false);
  }

  /** The report track: notice, study, data memo, each group head's data, report, submission. */
  private void reportSubmitted(ProcessInstance pi, boolean returnEach) {
    completeStep(pi, "Task_NoticeMemo", Map.of());
    assertThat(task("Task_AcknowledgeNotice", pi)).hasCandidateGroup("director");
    completeStep(pi, "Task_AcknowledgeNotice", Map.of());
    assertThat(task("Task_StudyIssues", pi)).hasCandidateGroup("monitoring");
    completeStep(pi, "Task_StudyIssues", Map.of());
    assertThat(task("Task_CoordinatePlan", pi)).hasCandidateGroup("monitoring");
    completeStep(pi, "Task_CoordinatePlan", Map.of());
    assertThat(task("Task_PlanDataCollection", pi)).hasCandidateGroup("monitoring");
    completeStep(pi, "Task_PlanDataCollection", withVariables(ProcessConstants.DATA_GROUP_HEADS,
        json("[\"suda.m\",\"anan.w\"]")));

    assertThat(task("Task_DraftDataMemo", pi)).hasCandidateGroup("monitoring");
    completeStep(pi, "Task_DraftDataMemo", Map.of());
    assertThat(beans.called("Task_DraftDataMemo", "draft")).as(beans.calls().toString()).isTrue();
    assertThat(task("Task_SignDataMemo", pi)).hasCandidateGroup("director");
    if (returnEach) {
      completeStep(pi, "Task_SignDataMemo", withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "แก้"));
      assertThat(pi).hasPassed("Gateway_DataMemoSigned");
      completeStep(pi, "Task_DraftDataMemo", Map.of());
    }
    completeStep(pi, "Task_SignDataMemo", withVariables(ProcessConstants.APPROVED, true));
    assertThat(beans.called("Task_SignDataMemo", "sign")).isTrue();

    // each group head provides data, checked by monitoring; one is sent back once
    List<Task> provided = tasks(pi, "Task_ProvideGroupData");
    assertThat(provided).extracting(Task::getAssignee).containsExactly("anan.w", "suda.m");
    provided.forEach(task -> complete(task));
    List<Task> checks = tasks(pi, "Task_CheckGroupData");
    assertThat(checks).hasSize(2).allSatisfy(check -> assertThat(check).hasCandidateGroup("monitoring"));
    if (returnEach) {
      complete(checks.get(0), withVariables(ProcessConstants.APPROVED, false));
      assertThat(tasks(pi, "Task_ProvideGroupData")).hasSize(1);
      complete(tasks(pi, "Task_ProvideGroupData").get(0));
      checks = tasks(pi, "Task_CheckGroupData");
    }
    checks.forEach(check -> complete(check, withVariables(ProcessConstants.APPROVED, true)));

    assertThat(task("Task_PrepareReport", pi)).hasCandidateGroup("monitoring");
    completeStep(pi, "Task_PrepareReport", Map.of());
    assertThat(task("Task_ReviewReport", pi)).hasCandidateGroup("director");
    if (returnEach) {
      completeStep(pi, "Task_ReviewReport", withVariables(ProcessConstants.APPROVED, false));
      completeStep(pi, "Task_PrepareReport", Map.of());
    }
    completeStep(pi, "Task_ReviewReport", withVariables(ProcessConstants.APPROVED, true));
    assertThat(task("Task_SubmitReport", pi)).hasCandidateGroup("monitoring").hasDueDate(due("2027-03-15T16:30"));
    completeStep(pi, "Task_SubmitReport", Map.of());
  }

  /** The evidence-based visit: memo, data, report, documents, presentation. */
  private void visit(ProcessInstance pi, boolean returnEach) {
    completeStep(pi, "Task_DraftVisitMemo", Map.of());
    assertThat(beans.called("Task_DraftVisitMemo", "draft")).isTrue();
    assertThat(task("Task_SignVisitMemo", pi)).hasCandidateGroup("director");
    if (returnEach) {
      completeStep(pi, "Task_SignVisitMemo", withVariables(ProcessConstants.APPROVED, false));
      completeStep(pi, "Task_DraftVisitMemo", Map.of());
    }
    completeStep(pi, "Task_SignVisitMemo", withVariables(ProcessConstants.APPROVED, true));
    completeStep(pi, "Task_CollectVisitData", Map.of());
    completeStep(pi, "Task_PrepareVisitReport", Map.of());
    assertThat(task("Task_ReviewVisitReport", pi)).hasCandidateGroup("director");
    if (returnEach) {
      completeStep(pi, "Task_ReviewVisitReport", withVariables(ProcessConstants.APPROVED, false));
      completeStep(pi, "Task_PrepareVisitReport", Map.of());
    }
    completeStep(pi, "Task_ReviewVisitReport", withVariables(ProcessConstants.APPROVED, true));
    completeStep(pi, "Task_PrepareVisitDocuments", Map.of());
    completeStep(pi, "Task_PreparePresentation", Map.of());
    assertThat(task("Task_PresentToInspector", pi)).hasCandidateGroup("monitoring");
    completeStep(pi, "Task_PresentToInspector", Map.of());
    assertThat(pi).hasPassed("End_Visit");
  }

  /** September: the recommendations analysed, reviewed, notified and reported; the end. */
  private void recommendations(ProcessInstance pi, boolean returnOnce) {
    assertThat(pi).isWaitingAt("Timer_RecommendationsMonth");
    assertThat(job().getDuedate()).isEqualTo(LocalProcessEngine.fiscalCalendar().monthStart(2570, 9));
    execute(job());
    assertThat(task("Task_AnalyseRecommendations", pi)).hasCandidateGroup("monitoring").hasDueDate(due("2027-09-30T16:30"));
    completeStep(pi, "Task_AnalyseRecommendations", Map.of());
    assertThat(task("Task_ReviewRecommendations", pi)).hasCandidateGroup("director");
    if (returnOnce) {
      completeStep(pi, "Task_ReviewRecommendations", withVariables(ProcessConstants.APPROVED, false));
      completeStep(pi, "Task_AnalyseRecommendations", Map.of());
    }
    completeStep(pi, "Task_ReviewRecommendations", withVariables(ProcessConstants.APPROVED, true));
    completeStep(pi, "Task_NotifyImprovements", Map.of());
    completeStep(pi, "Task_SummariseAndReport", Map.of());
    assertThat(pi).hasPassed("End_Reported").isEnded();
  }
}
