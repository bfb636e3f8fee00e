package th.go.obec.me.process.inspectionreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.Dates.FISCAL_YEAR;
import static th.go.obec.me.support.Dates.at;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.support.WorkingDays;
import th.go.obec.me.support.ProcessEngineTest;

class InspectionReportProcessTest extends ProcessEngineTest {

  private static final String DEADLINE = "2026-11-20";

  @BeforeEach
  void theRequestArrivesOnTheFirstOfOctober() {
    clockAt(at(2026, 10, 1, 9, 0));
  }

  @Test
  void theRegionalOfficesRequestStartsTheWorkAndItsDeadlineDrivesTheDueDates() {
    ProcessInstance pi = InspectionSteps.requested(DEADLINE);
    Date deadline = at(2026, 11, 20, 16, 30);

    assertThat(pi.getBusinessKey()).isEqualTo("inspection-report:2570");
    assertThat(pi).isWaitingAt("Task_NoticeMemo", "Task_RecordVisitDecision");
    assertThat(runtimeService().getVariable(pi.getId(), ProcessConstants.REPORT_DEADLINE)).isEqualTo(deadline);
    assertThat(task("Task_NoticeMemo", pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(at(2026, 10, 4, 16, 30)));
    InspectionSteps.noticeMemo(pi);
    assertThat(task("Task_AcknowledgeNotice", pi)).hasCandidateGroup(OfficeRole.DIRECTOR.id()).hasDueDate(WorkingDays.due(at(2026, 10, 6, 16, 30)));
    InspectionSteps.acknowledge(pi);
    assertThat(task("Task_StudyIssues", pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(at(2026, 10, 15, 16, 30)));
    InspectionSteps.studyIssues(pi);
    // 21 days after the request would be 22 Oct; 18 days before the deadline (2 Nov) comes later
    assertThat(task("Task_CoordinatePlan", pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(at(2026, 10, 22, 16, 30)));
    InspectionSteps.coordinatePlan(pi);
    assertThat(task("Task_PlanDataCollection", pi)).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertThat(runtimeService().getVariable(pi.getId(), ProcessConstants.GROUP_HEAD_OPTIONS).toString())
        .contains("anan.w").contains("suda.m").contains("somsak.p").doesNotContain("somchai.j");
    InspectionSteps.planDataCollection(pi, "anan.w", "suda.m");
    assertThat(task("Task_DraftDataMemo", pi)).hasCandidateGroup(OfficeRole.MONITORING.id());
    InspectionSteps.draftDataMemo(pi);
    assertThat(task("Task_SignDataMemo", pi)).hasCandidateGroup(OfficeRole.DIRECTOR.id());
    InspectionSteps.review(pi, "Task_SignDataMemo", true, "ลงนามแล้ว");

    assertThat(InspectionSteps.groupDataTaskOf(pi, "anan.w")).isAssignedTo("anan.w")
        .hasName("ให้ข้อมูลประเด็นการตรวจราชการ (อนันต์ วงศ์ใหญ่)").hasDueDate(WorkingDays.due(at(2026, 11, 10, 16, 30)));
    assertThat(InspectionSteps.groupDataTaskOf(pi, "suda.m")).isAssignedTo("suda.m");
    InspectionSteps.provideGroupData(pi, "anan.w");
    InspectionSteps.provideGroupData(pi, "suda.m");
    assertThat(InspectionSteps.checkTaskOf(pi, "anan.w")).hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasName("เก็บรวบรวมข้อมูล และตรวจสอบความถูกต้อง (อนันต์ วงศ์ใหญ่)").hasDueDate(WorkingDays.due(at(2026, 11, 13, 16, 30)));
    InspectionSteps.checkGroupData(pi, "anan.w", true, "");
    InspectionSteps.checkGroupData(pi, "suda.m", true, "");

    assertThat(task("Task_PrepareReport", pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(at(2026, 11, 15, 16, 30)));
    assertThat(taskService().getVariable(task("Task_PrepareReport", pi).getId(), ProcessConstants.COMMENT)).isNull();
    InspectionSteps.prepareReport(pi);
    assertThat(task("Task_ReviewReport", pi)).hasCandidateGroup(OfficeRole.DIRECTOR.id()).hasDueDate(WorkingDays.due(at(2026, 11, 17, 16, 30)));
    InspectionSteps.review(pi, "Task_ReviewReport", true, "เห็นชอบ");
    assertThat(task("Task_SubmitReport", pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(deadline);
    InspectionSteps.submitReport(pi);

    assertThat(pi).hasPassed("Task_SubmitReport").isWaitingAt("Task_RecordVisitDecision", "Gateway_JoinVisit");
  }

  @Test
  void startedByHandWithoutADeadlineTheReportIsDueAtTheEndOfNovemberAndTheRoundIsInTheKey() {
    ProcessInstance pi = InspectionSteps.startedByHand(Map.of(ProcessConstants.FISCAL_YEAR, FISCAL_YEAR,
        ProcessConstants.ROUND, "2", "requestReference", "ศธ 02xx/123"));

    assertThat(pi.getBusinessKey()).isEqualTo("inspection-report:2570:2");
    assertThat(runtimeService().getVariable(pi.getId(), ProcessConstants.REPORT_DEADLINE))
        .isEqualTo(fiscalCalendar.monthEnd(FISCAL_YEAR, 11));
    assertThat(task("Task_NoticeMemo", pi)).hasDueDate(WorkingDays.due(at(2026, 10, 4, 16, 30)));
    assertThat(task("Task_RecordVisitDecision", pi)).hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(fiscalCalendar.monthEnd(FISCAL_YEAR, 8));
  }

  @Test
  void aSecondRequestForTheSameYearAndRoundIsRefused() {
    InspectionSteps.requested(DEADLINE);

    assertThatThrownBy(() -> InspectionSteps.requested(DEADLINE)).hasMessageContaining("inspection-report:2570");
  }

  @Test
  void returnsTheDataRequestMemoWithTheCommentWhenTheDirectorDoesNotSign() {
    ProcessInstance pi = InspectionSteps.requested(DEADLINE);
    InspectionSteps.noticeMemo(pi);
    InspectionSteps.acknowledge(pi);
    InspectionSteps.studyIssues(pi);
    InspectionSteps.coordinatePlan(pi);
    InspectionSteps.planDataCollection(pi, "anan.w");
    InspectionSteps.draftDataMemo(pi);

    InspectionSteps.review(pi, "Task_SignDataMemo", false, "ระบุวันส่งข้อมูลให้ชัดเจน");

    Task returned = task("Task_DraftDataMemo", pi);
    assertThat(returned).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertThat(taskService().getVariable(returned.getId(), ProcessConstants.COMMENT)).isEqualTo("ระบุวันส่งข้อมูลให้ชัดเจน");
    InspectionSteps.draftDataMemo(pi);
    InspectionSteps.review(pi, "Task_SignDataMemo", true, "");
    assertThat(pi).isWaitingAt("Task_ProvideGroupData");
  }

  @Test
  void returnsIncompleteDataOnlyToThatGroupWithTheComment() {
    ProcessInstance pi = InspectionSteps.requested(DEADLINE);
    InspectionSteps.noticeMemo(pi);
    InspectionSteps.acknowledge(pi);
    InspectionSteps.studyIssues(pi);
    InspectionSteps.coordinatePlan(pi);
    InspectionSteps.planDataCollection(pi, "anan.w", "suda.m", "somsak.p");
    InspectionSteps.draftDataMemo(pi);
    InspectionSteps.review(pi, "Task_SignDataMemo", true, "");
    InspectionSteps.provideGroupData(pi, "anan.w");
    InspectionSteps.provideGroupData(pi, "suda.m");
    InspectionSteps.provideGroupData(pi, "somsak.p");

    InspectionSteps.checkGroupData(pi, "suda.m", false, "ขาดหลักฐานประเด็นที่ 2");
    InspectionSteps.checkGroupData(pi, "anan.w", true, "");

    Task returned = InspectionSteps.groupDataTaskOf(pi, "suda.m");
    assertThat(returned).isAssignedTo("suda.m");
    assertThat(taskService().getVariable(returned.getId(), ProcessConstants.COMMENT)).isEqualTo("ขาดหลักฐานประเด็นที่ 2");
    assertThat(InspectionSteps.groupDataTaskOf(pi, "anan.w")).isNull();
    assertThat(InspectionSteps.checkTasks(pi)).hasSize(1);

    InspectionSteps.provideGroupData(pi, "suda.m");
    InspectionSteps.checkGroupData(pi, "somsak.p", true, "");
    assertThat(pi).isWaitingAt("Task_CheckGroupData").isNotWaitingAt("Task_PrepareReport");
    InspectionSteps.checkGroupData(pi, "suda.m", true, "");

    assertThat(pi).isWaitingAt("Task_PrepareReport");
  }

  @Test
  void returnsTheReportWithTheCommentWhenTheDirectorDoesNotApprove() {
    ProcessInstance pi = InspectionSteps.requested(DEADLINE);
    InspectionSteps.noticeMemo(pi);
    InspectionSteps.acknowledge(pi);
    InspectionSteps.studyIssues(pi);
    InspectionSteps.coordinatePlan(pi);
    InspectionSteps.planDataCollection(pi, "anan.w");
    InspectionSteps.draftDataMemo(pi);
    InspectionSteps.review(pi, "Task_SignDataMemo", true, "");
    InspectionSteps.provideGroupData(pi, "anan.w");
    InspectionSteps.checkGroupData(pi, "anan.w", true, "");
    InspectionSteps.prepareReport(pi);

    InspectionSteps.review(pi, "Task_ReviewReport", false, "เพิ่มตารางสรุปตัวชี้วัด");

    Task returned = task("Task_PrepareReport", pi);
    assertThat(taskService().getVariable(returned.getId(), ProcessConstants.COMMENT)).isEqualTo("เพิ่มตารางสรุปตัวชี้วัด");
    InspectionSteps.prepareReport(pi);
    InspectionSteps.review(pi, "Task_ReviewReport", true, "");
    assertThat(pi).isWaitingAt("Task_SubmitReport");
  }

  @Test
  void aVisitAnnouncedByMessageIsPreparedCountingBackFromTheVisitDate() {
    ProcessInstance pi = InspectionSteps.requested(DEADLINE);
    InspectionSteps.reportToTheRegionalOffice(pi);

    clockAt(at(2027, 1, 15, 9, 0));
    runtimeService().createMessageCorrelation(ProcessConstants.MSG_INSPECTION_VISIT_ANNOUNCED)
        .processInstanceBusinessKey("inspection-report:2570")
        .setVariable(ProcessConstants.VISIT_DATE, "2027-02-10")
        .correlate();

    assertThat(pi).hasPassed("Boundary_VisitAnnounced").hasNotPassed("Gateway_VisitDecided")
        .isWaitingAt("Task_DraftVisitMemo");
    assertThat(task("Task_DraftVisitMemo", pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(at(2027, 1, 27, 16, 30)));
    InspectionSteps.draftVisitMemo(pi);
    assertThat(task("Task_SignVisitMemo", pi)).hasCandidateGroup(OfficeRole.DIRECTOR.id()).hasDueDate(WorkingDays.due(at(2027, 1, 29, 16, 30)));
    InspectionSteps.review(pi, "Task_SignVisitMemo", false, "แก้ชื่อเรื่อง");
    assertThat(taskService().getVariable(task("Task_DraftVisitMemo", pi).getId(), ProcessConstants.COMMENT)).isEqualTo("แก้ชื่อเรื่อง");
    InspectionSteps.draftVisitMemo(pi);
    InspectionSteps.review(pi, "Task_SignVisitMemo", true, "");
    assertThat(task("Task_CollectVisitData", pi)).hasDueDate(WorkingDays.due(at(2027, 2, 3, 16, 30)));
    complete(task("Task_CollectVisitData", pi),
        withVariables(
            "visitDataLink", "https://drive.example/visit-data", "visitDataSummary", "ข้อมูลครบ"));
    assertThat(taskService().getVariable(task("Task_PrepareVisitReport", pi).getId(), ProcessConstants.COMMENT)).isNull();
    InspectionSteps.prepareVisitReport(pi);
    assertThat(task("Task_ReviewVisitReport", pi)).hasCandidateGroup(OfficeRole.DIRECTOR.id()).hasDueDate(WorkingDays.due(at(2027, 2, 6, 16, 30)));
    InspectionSteps.review(pi, "Task_ReviewVisitReport", false, "เพิ่มภาพกิจกรรม");
    assertThat(taskService().getVariable(task("Task_PrepareVisitReport", pi).getId(), ProcessConstants.COMMENT)).isEqualTo("เพิ่มภาพกิจกรรม");
    InspectionSteps.prepareVisitReport(pi);
    InspectionSteps.review(pi, "Task_ReviewVisitReport", true, "");
    assertThat(task("Task_PrepareVisitDocuments", pi)).hasDueDate(WorkingDays.due(at(2027, 2, 8, 16, 30)));
    complete(task("Task_PrepareVisitDocuments", pi),
        withVariables(
            "visitDocumentsLink", "https://drive.example/visit-docs", "visitFilesSentDate", "2027-02-08"));
    assertThat(task("Task_PreparePresentation", pi)).hasDueDate(WorkingDays.due(at(2027, 2, 9, 16, 30)));
    complete(task("Task_PreparePresentation", pi),
        withVariables("presentationLink", "https://drive.example/v.pptx"));
    assertThat(task("Task_PresentToInspector", pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(at(2027, 2, 10, 16, 30)));
    complete(task("Task_PresentToInspector", pi),
        withVariables(
            "presentedDate", "2027-02-10", "visitAttendees", "ผอ.สพป.", "inspectorFeedback", "ติดตามโครงการให้ครบ"));

    assertThat(pi).isWaitingAt("Timer_RecommendationsMonth");
    assertThat(job()).hasDueDate(fiscalCalendar.monthStart(FISCAL_YEAR, 9));
  }

  @Test
  void aVisitAnnouncedBeforeTheReportIsSentRunsAlongsideTheReport() {
    ProcessInstance pi = InspectionSteps.requested(DEADLINE);

    runtimeService().createMessageCorrelation(ProcessConstants.MSG_INSPECTION_VISIT_ANNOUNCED)
        .processInstanceVariableEquals(ProcessConstants.FISCAL_YEAR, FISCAL_YEAR)
        .setVariable(ProcessConstants.VISIT_DATE, "2026-11-25")
        .correlate();

    assertThat(pi).isWaitingAt("Task_NoticeMemo", "Task_DraftVisitMemo");
    assertThat(task("Task_DraftVisitMemo", pi)).hasDueDate(WorkingDays.due(at(2026, 11, 11, 16, 30)));
    InspectionSteps.draftVisitMemo(pi);
    InspectionSteps.noticeMemo(pi);
    InspectionSteps.review(pi, "Task_SignVisitMemo", false, "เรื่องของการติดตาม");
    InspectionSteps.acknowledge(pi);
    assertThat(taskService().getVariable(task("Task_StudyIssues", pi).getId(), ProcessConstants.COMMENT)).isNull();
  }

  @Test
  void aVisitRecordedInTheFormRunsTheVisitBranch() {
    ProcessInstance pi = InspectionSteps.requested(DEADLINE);
    InspectionSteps.reportToTheRegionalOffice(pi);

    InspectionSteps.decideVisit(pi, "2027-02-10");

    assertThat(pi).hasPassed("Gateway_VisitStarts").isWaitingAt("Task_DraftVisitMemo");
    assertThat(task("Task_DraftVisitMemo", pi)).hasDueDate(WorkingDays.due(at(2027, 1, 27, 16, 30)));
    InspectionSteps.hostTheVisit(pi);
    assertThat(pi).isWaitingAt("Timer_RecommendationsMonth");
  }

  @Test
  void withoutAVisitTheRecommendationsWaitForSeptemberAndTheWorkEnds() {
    ProcessInstance pi = InspectionSteps.requested(DEADLINE);
    InspectionSteps.reportToTheRegionalOffice(pi);
    InspectionSteps.decideNoVisit(pi);

    assertThat(pi).hasNotPassed("Sub_EvidenceBasedVisit").isWaitingAt("Timer_RecommendationsMonth");
    clockAt(at(2027, 8, 31, 12, 0));
    executeDueJobs();
    assertThat(pi).isWaitingAt("Timer_RecommendationsMonth");
    clockAt(at(2027, 9, 1, 8, 31));
    executeDueJobs();

    assertThat(task("Task_AnalyseRecommendations", pi)).hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(fiscalCalendar.monthEnd(FISCAL_YEAR, 9));
    assertThat(taskService().getVariable(task("Task_AnalyseRecommendations", pi).getId(), ProcessConstants.COMMENT)).isNull();
    InspectionSteps.analyseRecommendations(pi);
    assertThat(task("Task_ReviewRecommendations", pi)).hasCandidateGroup(OfficeRole.DIRECTOR.id());
    InspectionSteps.review(pi, "Task_ReviewRecommendations", false, "แยกข้อเสนอแนะรายกลุ่ม");
    assertThat(taskService().getVariable(task("Task_AnalyseRecommendations", pi).getId(), ProcessConstants.COMMENT))
        .isEqualTo("แยกข้อเสนอแนะรายกลุ่ม");
    InspectionSteps.analyseRecommendations(pi);
    InspectionSteps.review(pi, "Task_ReviewRecommendations", true, "ให้ทุกกลุ่มรายงานผลการปรับปรุงภายในตุลาคม");
    assertThat(task("Task_NotifyImprovements", pi)).hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(fiscalCalendar.monthEnd(FISCAL_YEAR, 9));
    assertThat(taskService().getVariable(task("Task_NotifyImprovements", pi).getId(), ProcessConstants.COMMENT))
        .isEqualTo("ให้ทุกกลุ่มรายงานผลการปรับปรุงภายในตุลาคม");
    InspectionSteps.notifyAndSummarise(pi);

    assertThat(pi).hasPassed("Task_NotifyImprovements", "Task_SummariseAndReport").isEnded();
  }
}
