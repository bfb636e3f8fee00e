package th.go.obec.me.process.emenscrreport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.Dates.bangkok;
import static th.go.obec.me.support.Json.json;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.support.WorkingDays;
import th.go.obec.me.support.ProcessEngineTest;

/** emenscr-report on H2: starts, signing loops, the four committee orders and the quarterly rounds. */
class EmenscrReportProcessTest extends ProcessEngineTest {

  private EmenscrReportWalk walk;

  @BeforeEach
  void october2026() {
    clockAt(bangkok("2026-10-05T09:00"));
    walk = new EmenscrReportWalk(processEngine);
  }

  @Test
  void startsFromObecsMessageAndCountsDueDatesBackFromTheEntryDeadline() {
    ProcessInstance pi = walk.requestedByObec(ProcessConstants.EXTERNAL_DEADLINE, "2026-12-20");

    assertThat(pi).hasBusinessKey("emenscr-report:2570").isWaitingAt("Task_StudyPolicy");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2026-11-08T16:30")));
    complete(task(), withVariables("studySummary", "สรุป", "actionPlanLink", "https://drive.example/plan"));
    assertThat(task()).hasDefinitionKey("Task_AttendTraining").hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(WorkingDays.due(bangkok("2026-11-15T16:30")));
    complete(task(), withVariables("trainingDate", "2026-11-10", "trainingAttendees", "สมชาย", "trainingNotes", "แนวทาง"));
    assertThat(task()).hasDefinitionKey("Task_AssignProjectOwners").hasDueDate(WorkingDays.due(bangkok("2026-11-22T16:30")));
    Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), ProcessConstants.OWNER_OPTIONS).toString())
        .contains("kanya.t", "prasit.b", "anan.w").doesNotContain("somchai.j");
  }

  @Test
  void startsByHandOnceAYearWithTheDefaultEntryDeadline() {
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessConstants.EMENSCR_REPORT).latestVersion().singleResult().getId();

    ProcessInstance pi = processEngine.getFormService().submitStartForm(definitionId, withVariables(ProcessConstants.FISCAL_YEAR, 2570L));

    assertThat(pi).hasBusinessKey("emenscr-report:2570").isWaitingAt("Task_StudyPolicy");
    // counted back from the default entry deadline, the end of December: Wednesday the 30th
    assertThat(task()).hasDueDate(WorkingDays.due(bangkok("2026-11-18T16:30")));
    assertThatThrownBy(() -> walk.requestedByObec()).hasMessageContaining("emenscr-report:2570");
  }

  @Test
  void refusesAProjectWithoutAnOwnerFromTheProjectOwners() {
    walk.requestedByObec();
    complete(task(), withVariables("studySummary", "สรุป", "actionPlanLink", "https://drive.example/plan"));
    complete(task(), withVariables("trainingDate", "2026-11-10", "trainingAttendees", "สมชาย", "trainingNotes", "แนวทาง"));

    String outsider = EmenscrReportWalk.PROJECTS.replace("prasit.b", "malee.r");
    assertThatThrownBy(() -> complete(task(), EmenscrReportWalk.meeting(ProcessConstants.PROJECTS, json(outsider))))
        .hasMessageContaining("P03").hasMessageContaining("project-owners");
  }

  @Test
  void returnsTheAnnouncementWithTheCommentWhenTheDirectorDoesNotSign() {
    ProcessInstance pi = walk.requestedByObec();
    walk.projectsAssigned();

    assertThat(task()).hasDefinitionKey("Task_DraftAnnouncement").hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(WorkingDays.due(bangkok("2026-12-07T16:30")));
    complete(task(), EmenscrReportWalk.announcement());
    assertThat(task()).hasDefinitionKey("Task_SignAnnouncement").hasCandidateGroup(OfficeRole.DIRECTOR.id())
        .hasDueDate(WorkingDays.due(bangkok("2026-12-10T16:30")));
    complete(task(), withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "ระบุตำแหน่งผู้มีสิทธิ์ให้ครบ"));

    assertThat(pi).isWaitingAt("Task_DraftAnnouncement");
    Assertions.assertThat(processEngine.getTaskService().getVariable(task().getId(), ProcessConstants.COMMENT))
        .isEqualTo("ระบุตำแหน่งผู้มีสิทธิ์ให้ครบ");
    walk.announcementSigned();
    assertThat(pi).isWaitingAt("Task_DraftCommitteeOrder");
  }

  @Test
  void draftsAndSignsTheFourConfiguredCommitteeOrdersEachWithItsOwnReviewLoop() {
    ProcessInstance pi = walk.requestedByObec();
    walk.projectsAssigned();
    walk.announcementSigned();

    List<Task> drafts = walk.tasks("Task_DraftCommitteeOrder");
    Assertions.assertThat(drafts).hasSize(4).extracting(Task::getName).allMatch(name -> name.startsWith("จัดทำคำสั่งแต่งตั้งคณะกรรมการ"))
        .anyMatch(name -> name.contains("นำเข้าข้อมูลโครงการ")).doesNotHaveDuplicates();
    Assertions.assertThat(drafts).extracting(Task::getDueDate)
        // counted back from the entry deadline, Wednesday 30 December (the 31st is วันสิ้นปี)
        .containsOnly(bangkok("2026-12-11T16:30"));
    Assertions.assertThat(processEngine.getTaskService().getVariable(drafts.get(0).getId(), "documentTitle"))
        .isEqualTo(drafts.get(0).getName().substring("จัดทำ".length()));
    for (Task draft : drafts) {
      complete(draft, EmenscrReportWalk.order(draft.getName()));
    }

    List<Task> signatures = walk.tasks("Task_SignCommitteeOrder");
    Assertions.assertThat(signatures).hasSize(4);
    assertThat(signatures.get(0)).hasCandidateGroup(OfficeRole.DIRECTOR.id()).hasDueDate(bangkok("2026-12-16T16:30")); // from the entry deadline, Wed 30 Dec
    complete(signatures.get(0), withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "แก้องค์ประกอบคณะกรรมการ"));
    for (Task sign : signatures.subList(1, 4)) {
      complete(sign, withVariables(ProcessConstants.APPROVED, true));
    }

    Task returned = walk.tasks("Task_DraftCommitteeOrder").get(0);
    Assertions.assertThat(walk.tasks("Task_DraftCommitteeOrder")).hasSize(1);
    Assertions.assertThat(returned.getName()).isEqualTo(drafts.get(0).getName());
    Assertions.assertThat(processEngine.getTaskService().getVariable(returned.getId(), ProcessConstants.COMMENT))
        .isEqualTo("แก้องค์ประกอบคณะกรรมการ");
    complete(returned, EmenscrReportWalk.order(returned.getName()));
    complete(walk.tasks("Task_SignCommitteeOrder").get(0), withVariables(ProcessConstants.APPROVED, true));

    assertThat(pi).isWaitingAt("Task_EnterProject");
  }

  @Test
  void givesEachProjectOwnerTheEntryOfTheirProjectInEmenscr() {
    ProcessInstance pi = walk.requestedByObec(ProcessConstants.EXTERNAL_DEADLINE, "2026-12-25");
    walk.projectsAssigned();
    walk.announcementSigned();
    walk.committeeOrdersSigned();

    List<Task> entries = walk.tasks("Task_EnterProject");
    Assertions.assertThat(entries).extracting(Task::getAssignee).containsExactly("anan.w", "kanya.t", "prasit.b");
    Assertions.assertThat(entries).extracting(Task::getName).containsExactly(
        "นำเข้าข้อมูลโครงการ P02 โครงการนิเทศ ติดตาม ในระบบ eMENSCR",
        "นำเข้าข้อมูลโครงการ P01 โครงการพัฒนาคุณภาพผู้เรียน ในระบบ eMENSCR",
        "นำเข้าข้อมูลโครงการ P03 โครงการพัฒนาครู ในระบบ eMENSCR");
    Assertions.assertThat(entries).extracting(Task::getDueDate).containsOnly(bangkok("2026-12-25T16:30"));
    Assertions.assertThat(processEngine.getTaskService().getVariable(entries.get(0).getId(), "emenscrUrl"))
        .isEqualTo("https://emenscr.nesdc.go.th");
    walk.projectsEntered();

    assertThat(pi).isWaitingAt("Timer_QuarterEnd");
    Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), ProcessConstants.PROJECTS).toString())
        .contains("\"emenscrProjectId\":\"ศธ0100-kanya.t\"");
  }

  @Test
  void runsTheFourQuartersOnTimersWithProgressDueAtObecsDeadlinesForEachQuarter() {
    ProcessInstance pi = walk.requestedByObec("q2Deadline", "2027-04-10");
    walk.projectsAssigned();
    walk.announcementSigned();
    walk.committeeOrdersSigned();
    walk.projectsEntered();

    String[][] quarters = {
        // 31 December is วันสิ้นปี: quarter 1 ends on the 30th, its reports are due 15 days later;
        // OBEC's 10 April is a Saturday: the working day before
        {"2026-12-30T16:30", "2027-01-14T16:30"}, {"2027-03-31T16:30", "2027-04-09T16:30"},
        {"2027-06-30T16:30", "2027-07-15T16:30"}, {"2027-09-30T16:30", "2027-10-15T16:30"}};
    for (int q = 0; q < 4; q++) {
      Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
      Assertions.assertThat(timer.getDuedate()).as("end of quarter %d", q + 1).isEqualTo(bangkok(quarters[q][0]));
      clockAt(bangkok(quarters[q][0].substring(0, 10) + "T12:00"));
      Assertions.assertThat(dueTimers(pi)).as("before the end of quarter %d", q + 1).isZero();
      clockAt(bangkok(quarters[q][0].substring(0, 10) + "T17:00"));
      Assertions.assertThat(dueTimers(pi)).isEqualTo(1);
      executeDueJobs();

      List<Task> reports = walk.tasks("Task_ReportProgress");
      Assertions.assertThat(reports).extracting(Task::getAssignee).containsExactly("anan.w", "kanya.t", "prasit.b");
      Assertions.assertThat(reports).extracting(Task::getDueDate).containsOnly(bangkok(quarters[q][1]));
      Assertions.assertThat(reports.get(1).getName())
          .isEqualTo("รายงานความก้าวหน้า ไตรมาสที่ " + (q + 1) + ": P01 โครงการพัฒนาคุณภาพผู้เรียน");
      Assertions.assertThat(processEngine.getTaskService().getVariable(reports.get(1).getId(), "progressDetail")).isNull();
      walk.everyOwnerReportsProgress("Task_ReportProgress", 25 * (q + 1));

      assertThat(task()).hasDefinitionKey("Task_CheckQuarter").hasCandidateGroup(OfficeRole.MONITORING.id())
          .hasDueDate(fiscalCalendar.daysAfter(bangkok(quarters[q][1]), 5));
      Assertions.assertThat(task().getName()).endsWith("ไตรมาสที่ " + (q + 1));
      Assertions.assertThat(processEngine.getTaskService().getVariable(task().getId(), "checkedOn")).isNull();
      walk.quarterChecked();
    }

    assertThat(pi).isWaitingAt("Task_SummarizeForNextYear");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-10-31T16:30")));
    complete(task(), withVariables("nextYearSummaryLink", "https://drive.example/summary", "notifiedOn", "2027-10-20",
        "notifiedTo", "ผู้รับผิดชอบโครงการทุกคน"));
    assertThat(task()).hasDefinitionKey("Task_PrepareFollowUp").hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(WorkingDays.due(bangkok("2027-11-30T16:30")));
    complete(task(), withVariables("followUpFolderLink", "https://drive.example/evidence", "preparedOn", "2027-11-15"));
    assertThat(pi).isEnded();
  }

  private long dueTimers(ProcessInstance pi) {
    return processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().executable().count();
  }

  @Test
  void returnsOnlyTheIncompleteProjectsOfAQuarterToTheirOwnersAndChecksAgain() {
    ProcessInstance pi = walk.requestedByObec();
    walk.projectsAssigned();
    walk.announcementSigned();
    walk.committeeOrdersSigned();
    walk.projectsEntered();
    clockAt(bangkok("2027-01-02T08:30"));
    executeDueJobs();
    walk.everyOwnerReportsProgress("Task_ReportProgress", 20);

    walk.quarterChecked("P01", "P03");

    List<Task> revisions = walk.tasks("Task_ReviseProgress");
    Assertions.assertThat(revisions).extracting(Task::getAssignee).containsExactly("kanya.t", "prasit.b");
    Assertions.assertThat(revisions.get(0).getName()).isEqualTo("แก้ไขรายงานความก้าวหน้า ไตรมาสที่ 1: P01 โครงการพัฒนาคุณภาพผู้เรียน");
    Assertions.assertThat(revisions).extracting(Task::getDueDate)
        // counted from the end of quarter 1 on Wednesday 30 December (the 31st is วันสิ้นปี)
        .containsOnly(bangkok("2027-01-22T16:30"));
    Assertions.assertThat(processEngine.getTaskService().getVariable(revisions.get(0).getId(), "revisionNotes"))
        .isEqualTo("แนบภาพหน้าจอการรายงาน");
    Assertions.assertThat(processEngine.getTaskService().getVariable(revisions.get(0).getId(), "progressDetail"))
        .isEqualTo("ดำเนินการแล้ว 20% (kanya.t)");
    walk.everyOwnerReportsProgress("Task_ReviseProgress", 30);

    assertThat(pi).isWaitingAt("Task_CheckQuarter").hasPassed("Task_ReviseProgress");
    walk.quarterChecked("P03");
    Assertions.assertThat(walk.tasks("Task_ReviseProgress")).extracting(Task::getAssignee).containsExactly("prasit.b");
    walk.everyOwnerReportsProgress("Task_ReviseProgress", 35);
    walk.quarterChecked();

    assertThat(pi).isWaitingAt("Timer_QuarterEnd");
    Assertions.assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getDuedate())
        .isEqualTo(bangkok("2027-03-31T16:30"));
  }
}
