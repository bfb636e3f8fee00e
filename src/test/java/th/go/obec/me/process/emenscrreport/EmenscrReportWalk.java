package th.go.obec.me.process.emenscr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.calendar.FiscalCalendar;

/** A person's way through emenscr-report: each step completed with its form's required fields. */
final class EmenscrReportWalk {

  /** Three projects of the action plan and the project owners of the demo office. */
  static final String PROJECTS = "[{\"code\":\"P01\",\"name\":\"โครงการพัฒนาคุณภาพผู้เรียน\",\"owner\":\"kanya.t\"},"
      + "{\"code\":\"P02\",\"name\":\"โครงการนิเทศ ติดตาม\",\"owner\":\"anan.w\"},"
      + "{\"code\":\"P03\",\"name\":\"โครงการพัฒนาครู\",\"owner\":\"prasit.b\"}]";

  private final ProcessEngine engine;

  EmenscrReportWalk(ProcessEngine engine) {
    this.engine = engine;
  }

  static JsonValue json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  static Date bangkok(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(FiscalCalendar.BANGKOK).toInstant());
  }

  /** OBEC's request with its deadlines (name, "YYYY-MM-DD" pairs); assertThat() then looks at it. */
  ProcessInstance requestedByObec(String... deadlines) {
    MessageCorrelationBuilder message = engine.getRuntimeService()
        .createMessageCorrelation(ProcessConstants.MSG_EMENSCR_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, 2570);
    for (int i = 0; i + 1 < deadlines.length; i += 2) {
      message.setVariable(deadlines[i], deadlines[i + 1]);
    }
    ProcessInstance pi = message.correlateStartMessage();
    assertThat(pi).isStarted();
    return pi;
  }

  /** Steps 1-3: study, training, the projects with their owners. */
  void projectsAssigned() {
    complete(task("Task_StudyPolicy"), withVariables("studySummary", "โครงการ 3 โครงการ",
        "actionPlanLink", "https://drive.example/action-plan"));
    complete(task("Task_AttendTraining"), withVariables("trainingDate", "2026-11-10",
        "trainingAttendees", "สมชาย ใจดี", "trainingNotes", "การนำเข้าข้อมูลและการรายงาน"));
    complete(task("Task_AssignProjectOwners"), meeting("projects", json(PROJECTS)));
  }

  /** Step 4: the announcement drafted and signed at once. */
  void announcementSigned() {
    complete(task("Task_DraftAnnouncement"), announcement());
    complete(task("Task_SignAnnouncement"), withVariables("approved", true));
  }

  /** Step 5: every committee order drafted and signed at once. */
  void committeeOrdersSigned() {
    for (Task draft : tasks("Task_DraftCommitteeOrder")) {
      complete(draft, order(draft.getName()));
    }
    for (Task sign : tasks("Task_SignCommitteeOrder")) {
      complete(sign, withVariables("approved", true));
    }
  }

  /** Step 6: every project entered in eMENSCR. */
  void projectsEntered() {
    for (Task entry : tasks("Task_EnterProject")) {
      complete(entry, withVariables("emenscrProjectId", "ศธ0100-" + entry.getAssignee(), "enteredOn", "2026-12-15",
          "evidenceLink", "https://drive.example/entry-" + entry.getAssignee()));
    }
  }

  void everyOwnerReportsProgress(String activityId, int percent) {
    for (Task report : tasks(activityId)) {
      complete(report, withVariables("reportedOn", "2027-01-10", "progressPercent", percent,
          "progressDetail", "ดำเนินการแล้ว " + percent + "% (" + report.getAssignee() + ")",
          "evidenceLink", "https://drive.example/progress-" + report.getAssignee()));
    }
  }

  /** The quarter check, sending back the given projects (none: the quarter is complete). */
  void quarterChecked(String... incomplete) {
    StringBuilder codes = new StringBuilder("[");
    for (String code : incomplete) {
      codes.append(codes.length() > 1 ? "," : "").append('"').append(code).append('"');
    }
    complete(task("Task_CheckQuarter"), withVariables("checkedOn", "2027-01-18", "quarterSummary", "สรุปไตรมาส",
        "incompleteProjects", json(codes.append(']').toString()), "revisionNotes", "แนบภาพหน้าจอการรายงาน"));
  }

  List<Task> tasks(String activityId) {
    return taskQuery().taskDefinitionKey(activityId).orderByTaskAssignee().asc().list();
  }

  static Map<String, Object> announcement() {
    Map<String, Object> variables = document("ประกาศผู้มีสิทธิ์ใช้ Username และ Password ระบบ eMENSCR");
    variables.put("credentialHolders", "สมชาย ใจดี นักวิเคราะห์นโยบายและแผน");
    return variables;
  }

  static Map<String, Object> order(String title) {
    return document(title);
  }

  static Map<String, Object> document(String title) {
    return new HashMap<>(withVariables("documentTitle", title, "documentNumber", "101/2570",
        "documentDate", "2026-12-05", "documentLink", "https://drive.example/doc"));
  }

  static Map<String, Object> meeting(Object... more) {
    Map<String, Object> variables = new HashMap<>(withVariables("meetingDate", "2026-11-20",
        "attendees", "ผู้รับผิดชอบโครงการทุกคน", "resolutions", "มอบหมายผู้รับผิดชอบโครงการ"));
    for (int i = 0; i + 1 < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
    }
    return variables;
  }
}
