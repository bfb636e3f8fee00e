package th.go.obec.me.process.emesreport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.Json.json;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.Dates;
import th.go.obec.me.support.Json;
import th.go.obec.me.support.Steps;

/** A person's way through emes-report: each step completed with its form's required fields. */
public final class EmesReportWalk {

  /** Three indicators and the indicator owners of the demo office who report them. */
  public static final String INDICATORS = "[{\"code\":\"1.1\",\"name\":\"การบริหารจัดการงบประมาณ\"},"
      + "{\"code\":\"1.2\",\"name\":\"คุณภาพผู้เรียน\"},{\"code\":\"2.1\",\"name\":\"การนิเทศ ติดตาม\"}]";
  public static final String OWNED_INDICATORS = "[{\"code\":\"1.1\",\"name\":\"การบริหารจัดการงบประมาณ\",\"owner\":\"anan.w\"},"
      + "{\"code\":\"1.2\",\"name\":\"คุณภาพผู้เรียน\",\"owner\":\"suda.m\"},"
      + "{\"code\":\"2.1\",\"name\":\"การนิเทศ ติดตาม\",\"owner\":\"napa.c\"}]";

  private final ProcessEngine engine;

  public EmesReportWalk(ProcessEngine engine) {
    this.engine = engine;
  }

  /** OBEC's request arrives; the instance becomes the one that task() and assertThat() look at. */
  public ProcessInstance requestedByObec(String round, String deadline) {
    ProcessInstance pi = engine.getRuntimeService().createMessageCorrelation(ProcessConstants.MSG_EMES_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, Dates.FISCAL_YEAR)
        .setVariable(ProcessConstants.ROUND, round)
        .setVariable(ProcessConstants.EXTERNAL_DEADLINE, deadline)
        .correlateStartMessage();
    assertThat(pi).isStarted();
    return pi;
  }

  /** Steps 1-5: study, training, plan, indicator list, owners. */
  public void prepareIndicators() {
    complete(task("Task_StudyPolicy"), withVariables("studySummary", "ตัวชี้วัด 3 ตัว รายงานรอบ 6 เดือน"));
    complete(task("Task_AttendTraining"), withVariables("trainingDate", "2027-02-08",
        "trainingAttendees", "สมชาย ใจดี", "trainingNotes", "แนวทางการรายงานรอบนี้"));
    complete(task("Task_DraftMonitoringPlan"), withVariables("monitoringPlanLink", "https://drive.example/plan"));
    complete(task("Task_BuildIndicatorTool"), withVariables("toolLink", "https://forms.example/emes",
        ProcessConstants.EMES_INDICATORS, json(INDICATORS)));
    complete(task("Task_AssignIndicatorOwners"), meeting(ProcessConstants.EMES_INDICATORS, json(OWNED_INDICATORS)));
  }

  /** Step 6: the order drafted and signed at once. */
  public void orderSigned() {
    complete(task("Task_DraftCommitteeOrder"), order());
    complete(task("Task_SignCommitteeOrder"), withVariables(ProcessConstants.APPROVED, true, ProcessConstants.COMMENT, ""));
  }

  /** Step 7: every indicator's owner reports. */
  public void everyOwnerReports() {
    for (Task report : reports("Task_ReportIndicator")) {
      complete(report, withVariables("indicatorResult", "ผลของ " + report.getAssignee(),
          "evidenceLink", "https://drive.example/" + report.getAssignee()));
    }
  }

  /** Step 7 for the owners whose report is still open. */
  public void everyOwnerReportsTheRest() {
    everyOwnerReports();
  }

  /** Steps 8-9: compiled and screened. */
  public void compiledAndScreened() {
    complete(task("Task_CompileData"), withVariables("compiledDataLink", "https://drive.example/compiled"));
    screened();
  }

  public void screened() {
    complete(task("Task_ScreenData"), withVariables("screenedOn", "2027-03-19",
        "screeningFindings", "ตัวชี้วัด 1.2 หลักฐานไม่ครบ"));
  }

  /** Step 10 with the indicators found incomplete (none: the data is complete). */
  public void readinessMeeting(String... incomplete) {
    complete(task("Task_ReadinessMeeting"), meeting(ProcessConstants.EMES_INCOMPLETE_INDICATORS,
        Json.jsonArray(incomplete), ProcessConstants.EMES_REVISION_NOTES, "เพิ่มหลักฐานภาพกิจกรรม"));
  }

  /** Steps 11-14 after the data is complete. */
  public void summarizedSubmittedAndFollowedUp() {
    complete(task("Task_SummaryMeeting"), meeting("summaryReportLink", "https://drive.example/summary"));
    complete(task("Task_SubmitEmes"), withVariables("submittedOn", "2027-03-30", "submissionReference", "EMES-2570-1",
        "submissionEvidenceLink", "https://drive.example/emes-screenshot"));
    complete(task("Task_SummarizeForNextYear"), withVariables("nextYearSummaryLink", "https://drive.example/next",
        "notifiedOn", "2027-04-20", "notifiedTo", "ผู้รับผิดชอบตัวชี้วัดทุกคน"));
    complete(task("Task_PrepareFollowUp"), withVariables("followUpFolderLink", "https://drive.example/evidence",
        "preparedOn", "2027-05-10"));
  }

  public List<Task> reports(String activityId) {
    return Steps.tasksOf(activityId);
  }

  public static Map<String, Object> order() {
    return Steps.document("คำสั่งแต่งตั้งคณะทำงานติดตามและประเมินผล", "45/2570", "2027-03-02",
        "https://drive.example/order");
  }

  public static Map<String, Object> meeting(Object... more) {
    return Steps.meeting("2027-03-01", "งานติดตามและผู้รับผิดชอบตัวชี้วัด", "รับทราบแนวทาง", more);
  }
}
