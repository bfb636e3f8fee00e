package th.go.obec.me.process.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.ProcessConstants.FISCAL_YEAR;
import static th.go.obec.me.ProcessConstants.COMMENT;
import static th.go.obec.me.ProcessConstants.EVALUATION_RESULTS;
import static th.go.obec.me.support.Dates.assertDue;
import static th.go.obec.me.support.Json.rows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.Dates;
import th.go.obec.me.support.Steps;

/**
 * What a person does in the three evaluation processes (strategy, development plan, action plan),
 * shared by their tests and the PostgreSQL suite; the generic steps come from the kit (support/).
 */
public final class EvaluationSteps {

  /** Two groups: one with a topic, one without (its task shows "-"). */
  public static final String DATA_REQUESTS = """
      [{"group": "กลุ่มส่งเสริมการจัดการศึกษา", "head": "anan.w", "topic": "ตัวชี้วัดกลยุทธ์ที่ 2"},
       {"group": "กลุ่มบริหารงานบุคคล", "head": "suda.m"}]""";

  public static final String PROJECTS = """
      [{"code": "P01", "name": "พัฒนาคุณภาพการอ่าน", "owner": "anan.w"},
       {"code": "P02", "name": "นิเทศภายในสถานศึกษา", "owner": "napa.c"},
       {"code": "P03", "name": "ส่งเสริมสุขภาพนักเรียน", "owner": "prasit.b"}]""";

  private EvaluationSteps() {
  }

  public static ProcessInstance start(String key) {
    return runtimeService().startProcessInstanceByKey(key, withVariables(FISCAL_YEAR, Dates.FISCAL_YEAR));
  }

  public static Map<String, Object> groupData(String who) {
    return withVariables("achievementLevel", "achieved", "evaluationResult", "บรรลุค่าเป้าหมายร้อยละ 90 (" + who + ")",
        "evidenceLink", "https://drive.example/evidence/" + who);
  }

  public static Map<String, Object> reportDraft() {
    return withVariables(ProcessConstants.REPORT_TITLE, "รายงานผลการประเมิน ปีงบประมาณ 2570",
        "reportSummary", "บรรลุตัวชี้วัด 8 จาก 10", "reportLink", "https://drive.example/report-2570");
  }

  public static Map<String, Object> resultReport() {
    return withVariables("reportedDate", "2027-10-30", "reportedTo", "สพฐ. และกลุ่ม/หน่วยในสำนักงาน",
        "finalReportLink", "https://drive.example/report-2570-final");
  }

  /** Rejects once with a comment, checks the comment reaches the returned draft, then approves. */
  public static void reviewLoop(ProcessInstance pi, String draftTask, String reviewTask, String reviewers) {
    assertThat(pi).isWaitingAt(reviewTask);
    assertThat(task()).hasCandidateGroup(reviewers);
    Steps.returnWith(task(), "เพิ่มข้อเสนอแนะรายกลยุทธ์");

    assertThat(pi).isWaitingAt(draftTask);
    assertThat(taskService().getVariable(task().getId(), COMMENT)).isEqualTo("เพิ่มข้อเสนอแนะรายกลยุทธ์");
    complete(task(), reportDraft());

    assertThat(pi).isWaitingAt(reviewTask);
    Steps.approve(task());
  }

  /** Completes each per-person task, checking who holds it, its name and its due date. */
  public static void completeEach(ProcessInstance pi, String taskKey, LocalDate due, List<String> assignees, String nameFragment) {
    assertThat(pi).isWaitingAt(taskKey);
    List<Task> tasks = Steps.tasksOf(taskKey);
    assertThat(tasks).extracting(Task::getAssignee).containsExactlyElementsOf(assignees);
    assertThat(tasks).anyMatch(t -> t.getName().contains(nameFragment));
    for (Task each : tasks) {
      assertDue(each, due);
      assertThat(taskService().getVariable(each.getId(), "evaluationResult")).isNull();
      complete(each, groupData(each.getAssignee()));
    }
    assertThat(rows(pi, EVALUATION_RESULTS)).hasSize(assignees.size());
  }
}
