package th.go.obec.me.process.policymonitoring;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.Dates;
import th.go.obec.me.support.Steps;

/** A user's way through policy-monitoring: each step completed with its form's required fields. */
public final class PolicyMonitoringSteps {

  private PolicyMonitoringSteps() {
  }

  public static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(ProcessConstants.POLICY_MONITORING,
        Map.of(ProcessConstants.FISCAL_YEAR, Dates.FISCAL_YEAR));
  }

  public static void studyPolicy(ProcessInstance pi) {
    complete(task("Task_StudyPolicy", pi), withVariables(
        "studySummary", "จุดเน้น สพฐ. 6 ด้าน และโครงการตามแผนปฏิบัติการ 24 โครงการ",
        "studyLink", "https://drive.example/study-2570"));
  }

  public static void preparePlan(ProcessInstance pi) {
    complete(task("Task_PreparePlan", pi), withVariables(
        "planTitle", "แผนกำกับ ติดตาม ปีงบประมาณ 2570",
        "planLink", "https://drive.example/plan-2570"));
  }

  public static void prepareTools(ProcessInstance pi) {
    complete(task("Task_PrepareTools", pi), withVariables(
        "toolsLink", "https://forms.example/progress-2570",
        "toolsDescription", "แบบรายงานความก้าวหน้าโครงการ รายงานรอบละครั้ง"));
  }

  public static void collectProgress(ProcessInstance pi, String summary) {
    complete(task("Task_CollectProgress", pi), withVariables(
        "progressDataLink", "https://drive.example/progress",
        "progressSummary", summary));
  }

  public static void presentRoundReport(ProcessInstance pi) {
    complete(task("Task_PresentRoundReport", pi), withVariables(
        "roundReportTitle", "รายงานผลการดำเนินงานตามแผนกำกับ ติดตาม",
        "roundReportLink", "https://drive.example/round-report",
        "roundReportSummary", "ดำเนินการแล้วร้อยละ 60"));
  }

  public static void reviewRoundReport(ProcessInstance pi, boolean approved, String comment) {
    Steps.review(pi, "Task_ReviewRoundReport", approved, comment);
  }

  public static void notifyImprovements(ProcessInstance pi) {
    complete(task("Task_NotifyImprovements", pi), withVariables(
        "noticeDate", "2027-03-25",
        "noticeLink", "https://saraban.example/notice",
        "noticeRecipients", "กลุ่มส่งเสริมการจัดการศึกษา; สถานศึกษาในสังกัด"));
  }

  public static void annualReport(ProcessInstance pi) {
    complete(task("Task_AnnualReport", pi), withVariables(
        "annualReportLink", "https://drive.example/annual-2570",
        "committeeDate", "2027-09-20",
        "committeeSummary", "ผลการดำเนินงานบรรลุเป้าหมายร้อยละ 85",
        "publicLink", "https://esa.example/annual-2570"));
  }

  /** One round from its first task, approved at the first review. */
  public static void runRound(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_CollectProgress");
    collectProgress(pi, "ดำเนินการตามแผน");
    presentRoundReport(pi);
    reviewRoundReport(pi, true, "เห็นชอบ");
    notifyImprovements(pi);
  }
}
