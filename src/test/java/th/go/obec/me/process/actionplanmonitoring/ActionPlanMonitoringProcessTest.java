package th.go.obec.me.process.actionplanmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.ProcessConstants.ACTION_PLAN_MONITORING;
import static th.go.obec.me.ProcessConstants.COMMENT;
import static th.go.obec.me.ProcessConstants.FISCAL_YEAR;
import static th.go.obec.me.ProcessConstants.PROGRESS_REPORTS;
import static th.go.obec.me.ProcessConstants.PROJECTS;
import static th.go.obec.me.ProcessConstants.PROJECT_OWNER_OPTIONS;
import static th.go.obec.me.ProcessConstants.QUARTER;
import static th.go.obec.me.support.Dates.assertDue;
import static th.go.obec.me.support.Dates.at;
import static th.go.obec.me.support.EngineClock.timer;
import static th.go.obec.me.support.Json.json;
import static th.go.obec.me.support.Json.rows;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.support.Dates;
import th.go.obec.me.support.ProcessEngineTest;
import th.go.obec.me.support.Steps;

/** action-plan-monitoring (catalogue 5): set-up steps, four quarterly rounds, the director's review. */
public class ActionPlanMonitoringProcessTest extends ProcessEngineTest {

  static final String PROJECT_LIST = """
      [{"code": "P01", "name": "พัฒนาคุณภาพการอ่าน", "owner": "anan.w"},
       {"code": "P02", "name": "นิเทศภายในสถานศึกษา", "owner": "napa.c"},
       {"code": "P03", "name": "โรงเรียนคุณภาพ", "owner": "suda.m"}]""";

  @Test
  void setUpStepsFallToMonitoringInOctoberAndNovemberThenWaitForTheFirstQuarterToEnd() {
    clockAt(at(2026, 10, 1, 9, 0));
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt("Task_StudyPlan");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2026, 10, 31);
    complete(task(), withVariables("studySummary", "สรุปแผนปฏิบัติราชการ 25 โครงการ",
        "actionPlanLink", "https://drive.example/action-plan-2570"));

    assertThat(pi).isWaitingAt("Task_MonitoringPlan");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2026, 11, 30);
    assertThat(runtimeService().getVariable(pi.getId(), PROJECT_OWNER_OPTIONS).toString())
        .contains("anan.w").contains("napa.c").contains("prasit.b").doesNotContain("somchai.j");
    complete(task(), withVariables("monitoringPlanLink", "https://drive.example/plan", PROJECTS, projects()));

    assertThat(pi).isWaitingAt("Task_MonitoringTools");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2026, 11, 30);
    completeTools();

    assertThat(pi).isWaitingAt("Timer_QuarterEnded");
    assertThat(runtimeService().getVariable(pi.getId(), QUARTER)).isEqualTo(1L);
    // 1 January is New Year's Day, then a weekend: the round opens on Monday the 4th
    assertThat(timer(pi).getDuedate()).isEqualTo(at(2027, 1, 4, 8, 30));
  }

  @Test
  void runsFourQuarterlyRoundsWithEveryProjectOwnerThenReturnsTheSummaryWithTheDirectorsComment() {
    ProcessInstance pi = walkToSummary();

    assertThat(pi).isWaitingAt("Task_PrepareSummary");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 11, 30);
    assertThat(rows(pi, PROGRESS_REPORTS)).hasSize(12);
    assertThat(rows(pi, "progressMeetings")).hasSize(4);
    completeSummary();

    assertThat(pi).isWaitingAt("Task_DirectorReview");
    assertThat(task()).hasCandidateGroup(OfficeRole.DIRECTOR.id());
    assertDue(task(), 2027, 12, 31);
    Steps.returnWith(task(), "เพิ่มสาเหตุของโครงการที่ล่าช้า");

    assertThat(pi).isWaitingAt("Task_PrepareSummary");
    assertThat(taskService().getVariable(task().getId(), COMMENT)).isEqualTo("เพิ่มสาเหตุของโครงการที่ล่าช้า");
    completeSummary();
    Steps.approve(task());

    assertThat(pi).hasPassedInOrder("Task_PrepareSummary", "Task_DirectorReview", "Task_PrepareSummary",
        "Task_DirectorReview").hasPassed("End_Reviewed").isEnded();
  }

  @Test
  void progressReportWithoutEvidenceIsRefusedAndStaysWithItsOwner() {
    clockAt(at(2026, 10, 1, 9, 0));
    ProcessInstance pi = start();
    completeSetUp(pi);
    clockAt(at(2027, 1, 4, 8, 30));
    executeDueJobs();
    Task report = taskQuery().taskAssignee("anan.w").singleResult();

    assertThatThrownBy(() -> taskService().complete(report.getId(), withVariables("progressPercent", 40,
        "progressStatus", "on-track", "progressResult", "อบรมครูแล้ว 2 รุ่น")))
        .hasMessageContaining("evidenceLink");
    assertThat(taskQuery().taskId(report.getId()).singleResult()).isNotNull();
    assertThat(pi).isWaitingAt("Task_ReportProgress");
  }

  // --- the walk, shared with the PostgreSQL suite -----------------------------------------------

  /** Start in October, set up, and walk the four quarterly rounds with three project owners. */
  public static ProcessInstance walkToSummary() {
    clockAt(at(2026, 10, 1, 9, 0));
    ProcessInstance pi = start();
    completeSetUp(pi);
    // each round opens on the first working day of its month (1 January 2570 is a holiday: the 4th);
    // reports are due 15 days after the quarter's last working day (31 December is a holiday: 30th)
    int[][] rounds = {{2027, 1, 4}, {2027, 4, 1}, {2027, 7, 1}, {2027, 10, 1}};
    LocalDate[] reportDue = {LocalDate.of(2027, 1, 14), LocalDate.of(2027, 4, 15), LocalDate.of(2027, 7, 15),
        LocalDate.of(2027, 10, 15)};
    LocalDate[] meetingDue = {LocalDate.of(2027, 1, 31), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 7, 31),
        LocalDate.of(2027, 10, 31)};
    for (int quarter = 1; quarter <= 4; quarter++) {
      assertThat(pi).isWaitingAt("Timer_QuarterEnded");
      Date opens = at(rounds[quarter - 1][0], rounds[quarter - 1][1], rounds[quarter - 1][2], 8, 30);
      assertThat(timer(pi).getDuedate()).isEqualTo(opens);
      clockAt(opens);
      executeDueJobs();

      assertThat(pi).isWaitingAt("Task_ReportProgress");
      List<Task> reports = Steps.tasksOf("Task_ReportProgress");
      assertThat(reports).extracting(Task::getAssignee).containsExactly("anan.w", "napa.c", "suda.m");
      String roundName = "ไตรมาสที่ " + quarter;
      assertThat(reports).extracting(Task::getName).allMatch(name -> name.endsWith(roundName));
      assertThat(reports.get(0).getName()).contains("พัฒนาคุณภาพการอ่าน");
      for (Task report : reports) {
        assertDue(report, reportDue[quarter - 1]);
        // each owner's form opens empty, not with another owner's answers
        assertThat(taskService().getVariable(report.getId(), "progressPercent")).isNull();
        complete(report, withVariables("progressPercent", 25 * quarter, "progressStatus", "on-track",
            "progressResult", "ดำเนินการตามแผนไตรมาส " + quarter, "evidenceLink", "https://drive.example/" + report.getAssignee()));
      }

      assertThat(pi).isWaitingAt("Task_ProgressMeeting");
      assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
      assertThat(task().getName()).endsWith("ไตรมาสที่ " + quarter);
      assertDue(task(), meetingDue[quarter - 1]);
      assertThat(rows(pi, PROGRESS_REPORTS)).hasSize(3 * quarter);
      // each owner's answers, completed through the API as over REST, reach their row
      assertThat(rows(pi, PROGRESS_REPORTS).toString()).contains("ดำเนินการตามแผนไตรมาส " + quarter)
          .contains("https://drive.example/anan.w");
      complete(task(), withVariables("meetingDate", meetingDue[quarter - 1].minusDays(10).toString(),
          "attendees", "ผู้รับผิดชอบโครงการ 3 คน", "resolutions", "เร่งรัดโครงการตามแผน"));
    }
    return pi;
  }

  // --- helpers ---------------------------------------------------------------------------------

  static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(ACTION_PLAN_MONITORING, withVariables(FISCAL_YEAR, Dates.FISCAL_YEAR));
  }

  static Object projects() {
    return json(PROJECT_LIST);
  }

  static void completeSetUp(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_StudyPlan");
    complete(task(), withVariables("studySummary", "สรุป", "actionPlanLink", "https://drive.example/action-plan"));
    assertThat(pi).isWaitingAt("Task_MonitoringPlan");
    complete(task(), withVariables("monitoringPlanLink", "https://drive.example/plan", PROJECTS, projects()));
    assertThat(pi).isWaitingAt("Task_MonitoringTools");
    completeTools();
  }

  static void completeTools() {
    complete(task(), withVariables("toolsLink", "https://forms.example/progress",
        "toolsDescription", "แบบรายงานความก้าวหน้ารายไตรมาส"));
  }

  public static void completeSummary() {
    complete(task(), withVariables("summaryHighlights", "โครงการบรรลุ 2 ใน 3", "summaryLink", "https://drive.example/summary"));
  }
}
