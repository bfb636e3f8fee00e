package th.go.obec.me.process.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.ProcessConstants.APPROVED;
import static th.go.obec.me.ProcessConstants.COMMENT;
import static th.go.obec.me.ProcessConstants.EVALUATION_RESULTS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

import th.go.obec.me.calendar.FiscalCalendar;

/** What a person does in the three evaluation processes, shared by their H2 and PostgreSQL tests. */
final class EvaluationSteps {

  static final int FY = 2570;

  /** Two groups: one with a topic, one without (its task shows "-"). */
  static final String DATA_REQUESTS = """
      [{"group": "กลุ่มส่งเสริมการจัดการศึกษา", "head": "anan.w", "topic": "ตัวชี้วัดกลยุทธ์ที่ 2"},
       {"group": "กลุ่มบริหารงานบุคคล", "head": "suda.m"}]""";

  static final String PROJECTS = """
      [{"code": "P01", "name": "พัฒนาคุณภาพการอ่าน", "owner": "anan.w"},
       {"code": "P02", "name": "นิเทศภายในสถานศึกษา", "owner": "napa.c"},
       {"code": "P03", "name": "ส่งเสริมสุขภาพนักเรียน", "owner": "prasit.b"}]""";

  private EvaluationSteps() {
  }

  static ProcessInstance start(String key) {
    return runtimeService().startProcessInstanceByKey(key, withVariables("fiscalYear", FY));
  }

  static Object json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  static Map<String, Object> groupData(String who) {
    return withVariables("achievementLevel", "achieved", "evaluationResult", "บรรลุค่าเป้าหมายร้อยละ 90 (" + who + ")",
        "evidenceLink", "https://drive.example/evidence/" + who);
  }

  static Map<String, Object> reportDraft() {
    return withVariables("reportTitle", "รายงานผลการประเมิน ปีงบประมาณ 2570",
        "reportSummary", "บรรลุตัวชี้วัด 8 จาก 10", "reportLink", "https://drive.example/report-2570");
  }

  static Map<String, Object> resultReport() {
    return withVariables("reportedDate", "2027-10-30", "reportedTo", "สพฐ. และกลุ่ม/หน่วยในสำนักงาน",
        "finalReportLink", "https://drive.example/report-2570-final");
  }

  /** Rejects once with a comment, checks the comment reaches the returned draft, then approves. */
  static void reviewLoop(ProcessInstance pi, String draftTask, String reviewTask, String reviewers) {
    assertThat(pi).isWaitingAt(reviewTask);
    assertThat(task()).hasCandidateGroup(reviewers);
    complete(task(), withVariables(APPROVED, false, COMMENT, "เพิ่มข้อเสนอแนะรายกลยุทธ์"));

    assertThat(pi).isWaitingAt(draftTask);
    assertThat(taskService().getVariable(task().getId(), COMMENT)).isEqualTo("เพิ่มข้อเสนอแนะรายกลยุทธ์");
    complete(task(), reportDraft());

    assertThat(pi).isWaitingAt(reviewTask);
    complete(task(), withVariables(APPROVED, true));
  }

  /** Completes each per-person task, checking who holds it, its name and its due date. */
  static void completeEach(ProcessInstance pi, String taskKey, LocalDate due, List<String> assignees, String nameFragment) {
    assertThat(pi).isWaitingAt(taskKey);
    List<Task> tasks = taskQuery().taskDefinitionKey(taskKey).orderByTaskAssignee().asc().list();
    assertThat(tasks).extracting(Task::getAssignee).containsExactlyElementsOf(assignees);
    assertThat(tasks).anyMatch(t -> t.getName().contains(nameFragment));
    for (Task each : tasks) {
      assertDue(each, due);
      assertThat(taskService().getVariable(each.getId(), "evaluationResult")).isNull();
      complete(each, groupData(each.getAssignee()));
    }
    assertThat(rows(pi, EVALUATION_RESULTS)).hasSize(assignees.size());
  }

  static Job timer(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  /** Moves the clock to the waiting timer's due date and fires it, checking the date first. */
  static void fireTimer(ProcessInstance pi, String timerId, Date expected) {
    assertThat(pi).isWaitingAt(timerId);
    assertThat(timer(pi).getDuedate()).isEqualTo(expected);
    moveClockTo(expected);
    managementService().createJobQuery().executable().list()
        .forEach(job -> managementService().executeJob(job.getId()));
  }

  static List<SpinJsonNode> rows(ProcessInstance pi, String variable) {
    return ((SpinJsonNode) runtimeService().getVariable(pi.getId(), variable)).elements();
  }

  static void moveClockTo(Date moment) {
    ClockUtil.setCurrentTime(moment);
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(FiscalCalendar.BANGKOK).toInstant());
  }

  static void assertDue(Task task, int year, int month, int day) {
    assertDue(task, LocalDate.of(year, month, day));
  }

  /** Due on the manual's day, or the working day before it when that is a day off (WorkingDays). */
  static void assertDue(Task task, LocalDate day) {
    assertThat(FiscalCalendar.toZoned(task.getDueDate()).toLocalDateTime())
        .isEqualTo(th.go.obec.me.support.WorkingDays.due(day).atTime(16, 30));
  }
}
