package th.go.obec.me.process.emenscrreport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.Json.json;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.Dates;
import th.go.obec.me.support.Json;
import th.go.obec.me.support.Steps;

/** A person's way through emenscr-report: each step completed with its form's required fields. */
public final class EmenscrReportWalk {

  /** Three projects of the action plan and the project owners of the demo office. */
  public static final String PROJECTS = "[{\"code\":\"P01\",\"name\":\"โครงการพัฒนาคุณภาพผู้เรียน\",\"owner\":\"kanya.t\"},"
      + "{\"code\":\"P02\",\"name\":\"โครงการนิเทศ ติดตาม\",\"owner\":\"anan.w\"},"
      + "{\"code\":\"P03\",\"name\":\"โครงการพัฒนาครู\",\"owner\":\"prasit.b\"}]";

  private final ProcessEngine engine;

  public EmenscrReportWalk(ProcessEngine engine) {
    this.engine = engine;
  }

  /** OBEC's request with its deadlines (name, "YYYY-MM-DD" pairs); assertThat() then looks at it. */
  public ProcessInstance requestedByObec(String... deadlines) {
    MessageCorrelationBuilder message = engine.getRuntimeService()
        .createMessageCorrelation(ProcessConstants.MSG_EMENSCR_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, Dates.FISCAL_YEAR);
    for (int i = 0; i + 1 < deadlines.length; i += 2) {
      message.setVariable(deadlines[i], deadlines[i + 1]);
    }
    ProcessInstance pi = message.correlateStartMessage();
    assertThat(pi).isStarted();
    return pi;
  }

  /** Steps 1-3: study, training, the projects with their owners. */
  public void projectsAssigned() {
    complete(task("Task_StudyPolicy"), withVariables("studySummary", "โครงการ 3 โครงการ",
        "actionPlanLink", "https://drive.example/action-plan"));
    complete(task("Task_AttendTraining"), withVariables("trainingDate", "2026-11-10",
        "trainingAttendees", "สมชาย ใจดี", "trainingNotes", "การนำเข้าข้อมูลและการรายงาน"));
    complete(task("Task_AssignProjectOwners"), meeting(ProcessConstants.PROJECTS, json(PROJECTS)));
  }

  /** Step 4: the announcement drafted and signed at once. */
  public void announcementSigned() {
    complete(task("Task_DraftAnnouncement"), announcement());
    Steps.approve(task("Task_SignAnnouncement"));
  }

  /** Step 5: every committee order drafted and signed at once. */
  public void committeeOrdersSigned() {
    for (Task draft : tasks("Task_DraftCommitteeOrder")) {
      complete(draft, order(draft.getName()));
    }
    for (Task sign : tasks("Task_SignCommitteeOrder")) {
      Steps.approve(sign);
    }
  }

  /** Step 6: every project entered in eMENSCR. */
  public void projectsEntered() {
    for (Task entry : tasks("Task_EnterProject")) {
      complete(entry, withVariables("emenscrProjectId", "ศธ0100-" + entry.getAssignee(), "enteredOn", "2026-12-15",
          "evidenceLink", "https://drive.example/entry-" + entry.getAssignee()));
    }
  }

  public void everyOwnerReportsProgress(String activityId, int percent) {
    for (Task report : tasks(activityId)) {
      complete(report, withVariables("reportedOn", "2027-01-10", "progressPercent", percent,
          "progressDetail", "ดำเนินการแล้ว " + percent + "% (" + report.getAssignee() + ")",
          "evidenceLink", "https://drive.example/progress-" + report.getAssignee()));
    }
  }

  /** The quarter check, sending back the given projects (none: the quarter is complete). */
  public void quarterChecked(String... incomplete) {
    complete(task("Task_CheckQuarter"), withVariables("checkedOn", "2027-01-18", "quarterSummary", "สรุปไตรมาส",
        ProcessConstants.EMENSCR_INCOMPLETE_PROJECTS, Json.jsonArray(incomplete), "revisionNotes", "แนบภาพหน้าจอการรายงาน"));
  }

  public List<Task> tasks(String activityId) {
    return Steps.tasksOf(activityId);
  }

  public static Map<String, Object> announcement() {
    Map<String, Object> variables = document("ประกาศผู้มีสิทธิ์ใช้ Username และ Password ระบบ eMENSCR");
    variables.put("credentialHolders", "สมชาย ใจดี นักวิเคราะห์นโยบายและแผน");
    return variables;
  }

  public static Map<String, Object> order(String title) {
    return document(title);
  }

  public static Map<String, Object> document(String title) {
    return Steps.document(title, "101/2570", "2026-12-05", "https://drive.example/doc");
  }

  public static Map<String, Object> meeting(Object... more) {
    return Steps.meeting("2026-11-20", "ผู้รับผิดชอบโครงการทุกคน", "มอบหมายผู้รับผิดชอบโครงการ", more);
  }
}
