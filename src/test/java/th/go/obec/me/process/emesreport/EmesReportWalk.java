package th.go.obec.me.process.emes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.calendar.FiscalCalendar;

/** A person's way through emes-report: each step completed with its form's required fields. */
final class EmesReportWalk {

  /** Three indicators and the indicator owners of the demo office who report them. */
  static final String INDICATORS = "[{\"code\":\"1.1\",\"name\":\"การบริหารจัดการงบประมาณ\"},"
      + "{\"code\":\"1.2\",\"name\":\"คุณภาพผู้เรียน\"},{\"code\":\"2.1\",\"name\":\"การนิเทศ ติดตาม\"}]";
  static final String OWNED_INDICATORS = "[{\"code\":\"1.1\",\"name\":\"การบริหารจัดการงบประมาณ\",\"owner\":\"anan.w\"},"
      + "{\"code\":\"1.2\",\"name\":\"คุณภาพผู้เรียน\",\"owner\":\"suda.m\"},"
      + "{\"code\":\"2.1\",\"name\":\"การนิเทศ ติดตาม\",\"owner\":\"napa.c\"}]";

  private final ProcessEngine engine;

  EmesReportWalk(ProcessEngine engine) {
    this.engine = engine;
  }

  static JsonValue json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  /** A moment in Bangkok, e.g. "2027-02-03T16:30". */
  static Date bangkok(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(FiscalCalendar.BANGKOK).toInstant());
  }

  /** OBEC's request arrives; the instance becomes the one that task() and assertThat() look at. */
  ProcessInstance requestedByObec(String round, String deadline) {
    ProcessInstance pi = engine.getRuntimeService().createMessageCorrelation(ProcessConstants.MSG_EMES_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, 2570)
        .setVariable(ProcessConstants.ROUND, round)
        .setVariable(ProcessConstants.EXTERNAL_DEADLINE, deadline)
        .correlateStartMessage();
    assertThat(pi).isStarted();
    return pi;
  }

  /** Steps 1-5: study, training, plan, indicator list, owners. */
  void prepareIndicators() {
    complete(task("Task_StudyPolicy"), withVariables("studySummary", "ตัวชี้วัด 3 ตัว รายงานรอบ 6 เดือน"));
    complete(task("Task_AttendTraining"), withVariables("trainingDate", "2027-02-08",
        "trainingAttendees", "สมชาย ใจดี", "trainingNotes", "แนวทางการรายงานรอบนี้"));
    complete(task("Task_DraftMonitoringPlan"), withVariables("monitoringPlanLink", "https://drive.example/plan"));
    complete(task("Task_BuildIndicatorTool"), withVariables("toolLink", "https://forms.example/emes",
        "indicators", json(INDICATORS)));
    complete(task("Task_AssignIndicatorOwners"), meeting("indicators", json(OWNED_INDICATORS)));
  }

  /** Step 6: the order drafted and signed at once. */
  void orderSigned() {
    complete(task("Task_DraftCommitteeOrder"), order());
    complete(task("Task_SignCommitteeOrder"), withVariables("approved", true, "comment", ""));
  }

  /** Step 7: every indicator's owner reports. */
  void everyOwnerReports() {
    for (Task report : reports("Task_ReportIndicator")) {
      complete(report, withVariables("indicatorResult", "ผลของ " + report.getAssignee(),
          "evidenceLink", "https://drive.example/" + report.getAssignee()));
    }
  }

  /** Step 7 for the owners whose report is still open. */
  void everyOwnerReportsTheRest() {
    everyOwnerReports();
  }

  /** Steps 8-9: compiled and screened. */
  void compiledAndScreened() {
    complete(task("Task_CompileData"), withVariables("compiledDataLink", "https://drive.example/compiled"));
    screened();
  }

  void screened() {
    complete(task("Task_ScreenData"), withVariables("screenedOn", "2027-03-19",
        "screeningFindings", "ตัวชี้วัด 1.2 หลักฐานไม่ครบ"));
  }

  /** Step 10 with the indicators found incomplete (none: the data is complete). */
  void readinessMeeting(String... incomplete) {
    StringBuilder codes = new StringBuilder("[");
    for (String code : incomplete) {
      codes.append(codes.length() > 1 ? "," : "").append('"').append(code).append('"');
    }
    complete(task("Task_ReadinessMeeting"), meeting("incompleteIndicators",
        json(codes.append(']').toString()), "revisionNotes", "เพิ่มหลักฐานภาพกิจกรรม"));
  }

  /** Steps 11-14 after the data is complete. */
  void summarizedSubmittedAndFollowedUp() {
    complete(task("Task_SummaryMeeting"), meeting("summaryReportLink", "https://drive.example/summary"));
    complete(task("Task_SubmitEmes"), withVariables("submittedOn", "2027-03-30", "submissionReference", "EMES-2570-1",
        "submissionEvidenceLink", "https://drive.example/emes-screenshot"));
    complete(task("Task_SummarizeForNextYear"), withVariables("nextYearSummaryLink", "https://drive.example/next",
        "notifiedOn", "2027-04-20", "notifiedTo", "ผู้รับผิดชอบตัวชี้วัดทุกคน"));
    complete(task("Task_PrepareFollowUp"), withVariables("followUpFolderLink", "https://drive.example/evidence",
        "preparedOn", "2027-05-10"));
  }

  List<Task> reports(String activityId) {
    return taskQuery().taskDefinitionKey(activityId).orderByTaskAssignee().asc().list();
  }

  static Map<String, Object> order() {
    return withVariables("documentTitle", "คำสั่งแต่งตั้งคณะทำงานติดตามและประเมินผล", "documentNumber", "45/2570",
        "documentDate", "2027-03-02", "documentLink", "https://drive.example/order");
  }

  static Map<String, Object> meeting(Object... more) {
    Map<String, Object> variables = withVariables("meetingDate", "2027-03-01", "attendees", "งานติดตามและผู้รับผิดชอบตัวชี้วัด",
        "resolutions", "รับทราบแนวทาง");
    for (int i = 0; i + 1 < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
    }
    return variables;
  }
}
