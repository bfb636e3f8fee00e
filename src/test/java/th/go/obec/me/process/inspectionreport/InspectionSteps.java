package th.go.obec.me.process.inspection;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.calendar.FiscalCalendar;

/** A user's way through inspection-report: each step completed with its form's required fields. */
final class InspectionSteps {

  static final int FISCAL_YEAR = 2570;

  private InspectionSteps() {
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(FiscalCalendar.BANGKOK).toInstant());
  }

  /** The regional office's request, as its system (or a REST call) would send it. */
  static ProcessInstance requested(String externalDeadline) {
    return runtimeService().createMessageCorrelation(ProcessConstants.MSG_INSPECTION_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, FISCAL_YEAR)
        .setVariable(ProcessConstants.EXTERNAL_DEADLINE, externalDeadline)
        .correlateStartMessage();
  }

  static ProcessInstance startedByHand(Map<String, Object> variables) {
    return runtimeService().startProcessInstanceByKey(ProcessConstants.INSPECTION_REPORT, variables);
  }

  static void noticeMemo(ProcessInstance pi) {
    complete(task("Task_NoticeMemo", pi), withVariables(
        "noticeMemoTitle", "รายงานการตรวจราชการกรณีปกติ ปีงบประมาณ 2570",
        "noticeMemoNumber", "ศธ 04001/100",
        "noticeMemoDate", "2026-10-02",
        "noticeMemoLink", "https://saraban.example/notice"));
  }

  static void acknowledge(ProcessInstance pi) {
    complete(task("Task_AcknowledgeNotice", pi), withVariables("acknowledged", true));
  }

  static void studyIssues(ProcessInstance pi) {
    complete(task("Task_StudyIssues", pi), withVariables(
        "issuesSummary", "ประเด็นที่ 1 ความปลอดภัย; ประเด็นที่ 2 คุณภาพการศึกษา",
        "inspectionFormLink", "https://drive.example/inspection-form"));
  }

  static void coordinatePlan(ProcessInstance pi) {
    complete(task("Task_CoordinatePlan", pi), withVariables(
        "coordinationDate", "2026-10-15",
        "coordinatedWith", "สำนักงานศึกษาธิการภาค 15",
        "coordinationResult", "ตกลงกำหนดการติดตาม"));
  }

  static void planDataCollection(ProcessInstance pi, String... groupHeads) {
    complete(task("Task_PlanDataCollection", pi), withVariables(
        "dataCollectionPlanLink", "https://drive.example/data-plan",
        "dataIssues", "ข้อมูลโครงการตามประเด็นที่ 1 และ 2",
        ProcessConstants.DATA_GROUP_HEADS, SpinValues.jsonValue(json(groupHeads)).create()));
  }

  static void draftDataMemo(ProcessInstance pi) {
    complete(task("Task_DraftDataMemo", pi), withVariables(
        "dataMemoTitle", "ขอข้อมูลประกอบการรายงานการตรวจราชการ",
        "dataMemoNumber", "ศธ 04001/120",
        "dataMemoDate", "2026-10-20",
        "dataMemoLink", "https://saraban.example/data-memo"));
  }

  static void review(ProcessInstance pi, String taskKey, boolean approved, String comment) {
    complete(task(taskKey, pi), withVariables(ProcessConstants.APPROVED, approved, ProcessConstants.COMMENT, comment));
  }

  static Task groupDataTaskOf(ProcessInstance pi, String groupHead) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ProvideGroupData")
        .taskAssignee(groupHead).singleResult();
  }

  static void provideGroupData(ProcessInstance pi, String groupHead) {
    complete(groupDataTaskOf(pi, groupHead), withVariables(
        "groupDataLink", "https://drive.example/" + groupHead,
        "groupDataSummary", "ข้อมูลของกลุ่ม " + groupHead));
  }

  static List<Task> checkTasks(ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_CheckGroupData").list();
  }

  /** Monitoring's check of one group's data: the check task whose instance belongs to that group head. */
  static Task checkTaskOf(ProcessInstance pi, String groupHead) {
    return checkTasks(pi).stream()
        .filter(t -> ("https://drive.example/" + groupHead)
            .equals(taskService().getVariable(t.getId(), "groupDataLink")))
        .findFirst().orElseThrow();
  }

  static void checkGroupData(ProcessInstance pi, String groupHead, boolean complete, String comment) {
    complete(checkTaskOf(pi, groupHead), withVariables(ProcessConstants.APPROVED, complete, ProcessConstants.COMMENT, comment));
  }

  static void prepareReport(ProcessInstance pi) {
    complete(task("Task_PrepareReport", pi), withVariables(
        "reportLink", "https://drive.example/inspection-report",
        "reportSummary", "รายงานครบทุกประเด็น"));
  }

  static void submitReport(ProcessInstance pi) {
    complete(task("Task_SubmitReport", pi), withVariables(
        "submittedDate", "2026-11-18",
        "submissionReference", "ศธ 04001/150",
        "submissionEvidenceLink", "https://saraban.example/sent"));
  }

  /** Steps 1-9 with two groups giving data, everything accepted at the first look. */
  static void reportToTheRegionalOffice(ProcessInstance pi) {
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

  static void decideNoVisit(ProcessInstance pi) {
    complete(task("Task_RecordVisitDecision", pi), withVariables(ProcessConstants.VISIT_DECISION, "none"));
  }

  static void decideVisit(ProcessInstance pi, String visitDate) {
    complete(task("Task_RecordVisitDecision", pi), withVariables(
        ProcessConstants.VISIT_DECISION, "visit", ProcessConstants.VISIT_DATE, visitDate));
  }

  static void draftVisitMemo(ProcessInstance pi) {
    complete(task("Task_DraftVisitMemo", pi), withVariables(
        "visitMemoTitle", "ขอข้อมูลเพื่อรับการติดตามเชิงประจักษ์",
        "visitMemoNumber", "ศธ 04001/300",
        "visitMemoDate", "2027-01-20",
        "visitMemoLink", "https://saraban.example/visit-memo"));
  }

  static void prepareVisitReport(ProcessInstance pi) {
    complete(task("Task_PrepareVisitReport", pi), withVariables(
        "visitReportLink", "https://drive.example/visit-report",
        "visitReportSummary", "ผลการปฏิบัติงานตามประเด็นการติดตาม"));
  }

  /** 9.1-9.5 and the presentation, with both reviews approved at once. */
  static void hostTheVisit(ProcessInstance pi) {
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

  static void analyseRecommendations(ProcessInstance pi) {
    complete(task("Task_AnalyseRecommendations", pi), withVariables(
        "recommendationsAnalysis", "ข้อเสนอแนะ 3 ข้อ มอบกลุ่มส่งเสริมการจัดการศึกษา",
        "recommendationsLink", "https://drive.example/recommendations"));
  }

  static void notifyAndSummarise(ProcessInstance pi) {
    complete(task("Task_NotifyImprovements", pi), withVariables(
        "improvementNoticeDate", "2027-09-10",
        "improvementNoticeLink", "https://saraban.example/improve",
        "improvementRecipients", "กลุ่มส่งเสริมการจัดการศึกษา"));
    complete(task("Task_SummariseAndReport", pi), withVariables(
        "summaryReportLink", "https://drive.example/summary",
        "reportedTo", "สำนักงานศึกษาธิการภาค 15",
        "summaryDate", "2027-09-25"));
  }

  private static String json(String... ids) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < ids.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(ids[i]).append('"');
    }
    return json.append(']').toString();
  }
}
