package th.go.obec.me.process.emenscr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.process.emenscr.EmenscrReportWalk.bangkok;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.support.PostgresProcessEngineTest;

/** A whole eMENSCR year on a real PostgreSQL: the loops taken, four quarterly timers fired. */
class EmenscrReportPostgresTest extends PostgresProcessEngineTest {

  @Test
  void walksAWholeYearFromObecsRequestThroughTheFourQuarters() {
    clockAt(bangkok("2026-10-05T09:00"));
    EmenscrReportWalk walk = new EmenscrReportWalk(processEngine);
    ProcessInstance pi = walk.requestedByObec("externalDeadline", "2026-12-25", "q1Deadline", "2027-01-20");

    walk.projectsAssigned();
    complete(task("Task_DraftAnnouncement"), EmenscrReportWalk.announcement());
    complete(task("Task_SignAnnouncement"), withVariables("approved", false, "comment", "แก้ชื่อผู้มีสิทธิ์"));
    Assertions.assertThat(processEngine.getTaskService().getVariable(task("Task_DraftAnnouncement").getId(), "comment"))
        .isEqualTo("แก้ชื่อผู้มีสิทธิ์");
    walk.announcementSigned();
    walk.committeeOrdersSigned();
    walk.projectsEntered();

    String[] quarterEnds = {"2027-01-01", "2027-04-01", "2027-07-01", "2027-10-01"};
    for (int q = 0; q < 4; q++) {
      clockAt(bangkok(quarterEnds[q] + "T08:30"));
      executeDueJobs();
      Assertions.assertThat(walk.tasks("Task_ReportProgress")).hasSize(3);
      if (q == 0) {
        Assertions.assertThat(walk.tasks("Task_ReportProgress").get(0).getDueDate()).isEqualTo(bangkok("2027-01-20T16:30"));
      }
      walk.everyOwnerReportsProgress("Task_ReportProgress", 25 * (q + 1));
      if (q == 2) {
        walk.quarterChecked("P02");
        assertThat(task("Task_ReviseProgress")).isAssignedTo("anan.w");
        walk.everyOwnerReportsProgress("Task_ReviseProgress", 80);
      }
      walk.quarterChecked();
    }
    complete(task("Task_SummarizeForNextYear"), withVariables("nextYearSummaryLink", "https://drive.example/summary",
        "notifiedOn", "2027-10-20", "notifiedTo", "ผู้รับผิดชอบโครงการทุกคน"));
    complete(task("Task_PrepareFollowUp"), withVariables("followUpFolderLink", "https://drive.example/evidence",
        "preparedOn", "2027-11-15"));

    assertThat(pi).isEnded().hasPassed("Timer_QuarterEnd", "Task_ReviseProgress", "End_Reported");
  }
}
