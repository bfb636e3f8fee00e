package th.go.obec.me.process.emes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.process.emes.EmesReportWalk.bangkok;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.support.PostgresProcessEngineTest;

/** A whole E-MES round on a real PostgreSQL: both review loops taken, then to the end. */
class EmesReportPostgresTest extends PostgresProcessEngineTest {

  @Test
  void walksAWholeRoundFromObecsRequestToTheFollowUpPreparation() {
    clockAt(bangkok("2027-02-01T09:00"));
    EmesReportWalk walk = new EmesReportWalk(processEngine);
    ProcessInstance pi = walk.requestedByObec("1", "2027-03-31");
    assertThat(pi).hasBusinessKey("emes-report:2570:1");

    walk.prepareIndicators();
    complete(task("Task_DraftCommitteeOrder"), EmesReportWalk.order());
    complete(task("Task_SignCommitteeOrder"), withVariables("approved", false, "comment", "แก้เลขที่คำสั่ง"));
    Assertions.assertThat(processEngine.getTaskService().getVariable(task("Task_DraftCommitteeOrder").getId(), "comment"))
        .isEqualTo("แก้เลขที่คำสั่ง");
    walk.orderSigned();
    Assertions.assertThat(walk.reports("Task_ReportIndicator")).hasSize(3);
    walk.everyOwnerReports();
    walk.compiledAndScreened();
    walk.readinessMeeting("2.1");
    assertThat(task("Task_ReviseIndicator")).isAssignedTo("napa.c");
    complete(task("Task_ReviseIndicator"), withVariables("indicatorResult", "แก้แล้ว", "evidenceLink", "https://drive.example/2.1"));
    walk.screened();
    walk.readinessMeeting();
    walk.summarizedSubmittedAndFollowedUp();

    assertThat(pi).isEnded().hasPassed("Task_ReviseIndicator", "Task_SubmitEmes", "End_Reported");
  }
}
