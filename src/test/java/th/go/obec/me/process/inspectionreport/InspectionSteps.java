package th.go.obec.me.process.inspectionreport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.Dates;
import th.go.obec.me.support.Json;
import th.go.obec.me.support.Steps;

/** A user's way through inspection-report: each step completed with its form's required fields. */
public final class InspectionSteps {

  private InspectionSteps() {
  }

  /** The regional office's request, as its system (or a REST call) would send it. */
  public static ProcessInstance requested(String externalDeadline) {
    return runtimeService().createMessageCorrelation(ProcessConstants.MSG_INSPECTION_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, Dates.FISCAL_YEAR)
        .setVariable(ProcessConstants.EXTERNAL_DEADLINE, externalDeadline)
        .correlateStartMessage();
  }

  public static ProcessInstance startedByHand(Map<String, Object> variables) {
    return runtimeService().startProcessInstanceByKey(ProcessConstants.INSPECTION_REPORT, variables);
  }

  public static void noticeMemo(ProcessInstance pi) {
    complete(task("Task_NoticeMemo", pi), Steps.memo("noticeMemo",
        "รายงานการตรวจราชการกรณีปกติ ปีงบประมาณ 2570", "ศธ 04001/100", "2026-10-02", "https://saraban.example/notice"));
  }

  public static void acknowledge(ProcessInstance pi) {
    complete(task("Task_AcknowledgeNotice", pi), withVariables("acknowledged", true));
  }

  public static void studyIssues(ProcessInstance pi) {
    complete(task("Task_StudyIssues", pi), withVariables(
        "issuesSummary", "ประเด็นที่ 1 ความปลอดภัย; ประเด็นที่ 2 คุณภาพการศึกษา",
        "inspectionFormLink", "https://drive.example/inspection-form"));
  }

  public static void coordinatePlan(ProcessInstance pi) {
    complete(task("Task_CoordinatePlan", pi), withVariables(
        "coordinationDate", "2026-10-15",
        "coordinatedWith", "สำนักงานศึกษาธิการภาค 15",
        "coordinationResult", "ตกลงกำหนดการติดตาม"));
  }

  public static void planDataCollection(ProcessInstance pi, String... groupHeads) {
    complete(task("Task_PlanDataCollection", pi), withVariables(
        "dataCollectionPlanLink", "https://drive.example/data-plan",
        "dataIssues", "ข้อมูลโครงการตามประเด็นที่ 1 และ 2",
        ProcessConstants.DATA_GROUP_HEADS, Json.jsonArray(groupHeads)));
  }

  public static void draftDataMemo(ProcessInstance pi) {
    complete(task("Task_DraftDataMemo", pi), Steps.memo("dataMemo",
        "ขอข้อมูลประกอบการรายงานการตรวจราชการ", "ศธ 04001/120", "2026-10-20", "https://saraban.example/data-memo"));
  }

  public static void review(ProcessInstance pi, String taskKey, boolean approved, String comment) {
    Steps.review(pi, taskKey, approved, comment);
  }

  public static Task groupDataTaskOf(ProcessInstance pi, String groupHead) {
    return Steps.taskOf(pi, "Task_ProvideGroupData", groupHead);
  }

  public static void provideGroupData(ProcessInstance pi, String groupHead) {
    complete(groupDataTaskOf(pi, groupHead), withVariables(
        "groupDataLink", "https://drive.example/" + groupHead,
        "groupDataSummary", "ข้อมูลของกลุ่ม " + groupHead));
  }

  public static List<Task> checkTasks(ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_CheckGroupData").list();
  }

  /** Monitoring's check of one group's data: the check task whose instance belongs to that group head. */
  public static Task checkTaskOf(ProcessInstance pi, String groupHead) {
    return checkTasks(pi).stream()
        .filter(t -> ("https://drive.example/" + groupHead)
            .equals(taskService().getVariable(t.getId(), "groupDataLink")))
        .findFirst().orElseThrow();
  }

  public static void checkGroupData(ProcessInstance pi, String groupHead, boolean complete, String comment) {
    complete(checkTaskOf(pi, groupHead), withVariables(ProcessConstants.APPROVED, complete, ProcessConstants.COMMENT, comment));
  }

  public static void prepareReport(ProcessInstance pi) {
    complete(task("Task_PrepareReport", pi), withVariables(
        "reportLink", "https://drive.example/inspection-report",
        "reportSummary", "รายงานครบทุกประเด็น"));
  }

  public static void submitReport(ProcessInstance pi) {
    complete(task("Task_SubmitReport", pi), withVariables(
        "submittedDate", "2026-11-18",
        "submissionReference", "ศธ 04001/150",
        "submissionEvidenceLink", "https://saraban.example/sent"));
  }

  /** Steps 1-9 with two groups giving data, everything accepted at the first look. */
  public static void reportToTheRegionalOffice(ProcessInstance pi) {
    noticeMemo(pi);
    acknowledge(pi);
    studyIssues(pi);
    coordinatePlan(pi);
    planDataCollection(pi, "anan.w", "suda.m");
    draftDataMemo(pi);
    review(pi, "Task_SignDataMemo", true, "ลงนามแล้ว");
    provideGroupData(pi, "anan.w");
    provideGroupData(pi, "suda.m");
    checkGroupData(pi, "anan.w", true, "");
    checkGroupData(pi, "suda.m", true, "");
    prepareReport(pi);
    review(pi, "Task_ReviewReport", true, "เห็นชอบ");
    submitReport(pi);
  }

  public static void decideNoVisit(ProcessInstance pi) {
    complete(task("Task_RecordVisitDecision", pi), withVariables(ProcessConstants.VISIT_DECISION, "none"));
  }

  public static void decideVisit(ProcessInstance pi, String visitDate) {
    complete(task("Task_RecordVisitDecision", pi), withVariables(
        ProcessConstants.VISIT_DECISION, "visit", ProcessConstants.VISIT_DATE, visitDate));
  }

  public static void draftVisitMemo(ProcessInstance pi) {
    complete(task("Task_DraftVisitMemo", pi), Steps.memo("visitMemo",
        "ขอข้อมูลเพื่อรับการติดตามเชิงประจักษ์", "ศธ 04001/300", "2027-01-20", "https://saraban.example/visit-memo"));
  }

  public static void prepareVisitReport(ProcessInstance pi) {
    complete(task("Task_PrepareVisitReport", pi), withVariables(
        "visitReportLink", "https://drive.example/visit-report",
        "visitReportSummary", "ผลการปฏิบัติงานตามประเด็นการติดตาม"));
  }

  /** 9.1-9.5 and the presentation, with both reviews approved at once. */
  public static void hostTheVisit(ProcessInstance pi) {
    draftVisitMemo(pi);
    review(pi, "Task_SignVisitMemo", true, "");
    complete(task("Task_CollectVisitData", pi), withVariables(
        "visitDataLink", "https://drive.example/visit-data", "visitDataSummary", "ข้อมูลครบ"));
    prepareVisitReport(pi);
    review(pi, "Task_ReviewVisitReport", true, "");
    complete(task("Task_PrepareVisitDocuments", pi), withVariables(
        "visitDocumentsLink", "https://drive.example/visit-docs", "visitFilesSentDate", "2027-02-08"));
    complete(task("Task_PreparePresentation", pi), withVariables("presentationLink", "https://drive.example/visit.pptx"));
    complete(task("Task_PresentToInspector", pi), withVariables(
        "presentedDate", "2027-02-10",
        "visitAttendees", "ผอ.สพป. รอง ผอ.สพป. ผอ.กลุ่ม",
        "inspectorFeedback", "ควรติดตามโครงการความปลอดภัยให้ครบทุกโรงเรียน"));
  }

  public static void analyseRecommendations(ProcessInstance pi) {
    complete(task("Task_AnalyseRecommendations", pi), withVariables(
        "recommendationsAnalysis", "ข้อเสนอแนะ 3 ข้อ มอบกลุ่มส่งเสริมการจัดการศึกษา",
        "recommendationsLink", "https://drive.example/recommendations"));
  }

  public static void notifyAndSummarise(ProcessInstance pi) {
    complete(task("Task_NotifyImprovements", pi), withVariables(
        "improvementNoticeDate", "2027-09-10",
        "improvementNoticeLink", "https://saraban.example/improve",
        "improvementRecipients", "กลุ่มส่งเสริมการจัดการศึกษา"));
    complete(task("Task_SummariseAndReport", pi), withVariables(
        "summaryReportLink", "https://drive.example/summary",
        "reportedTo", "สำนักงานศึกษาธิการภาค 15",
        "summaryDate", "2027-09-25"));
  }
}
