package th.go.obec.me.process.policy;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static th.go.obec.me.process.policy.PolicyMonitoringProcessTest.at;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.support.PostgresProcessEngineTest;

/** A whole year of policy monitoring on a real PostgreSQL database. */
class PolicyMonitoringPostgresTest extends PostgresProcessEngineTest {

  @Test
  void runsAWholeYearWithAReturnedReportOnPostgres() {
    clockAt(at(2026, 9, 20, 9, 0));
    ProcessInstance pi = PolicyMonitoringSteps.start();
    PolicyMonitoringSteps.studyPolicy(pi);
    PolicyMonitoringSteps.preparePlan(pi);
    PolicyMonitoringSteps.prepareTools(pi);

    clockAt(at(2027, 3, 1, 9, 0));
    executeDueJobs();
    PolicyMonitoringSteps.collectProgress(pi, "รอบมีนาคม");
    PolicyMonitoringSteps.presentRoundReport(pi);
    PolicyMonitoringSteps.reviewRoundReport(pi, false, "เพิ่มตัวเลขงบประมาณ");
    PolicyMonitoringSteps.presentRoundReport(pi);
    PolicyMonitoringSteps.reviewRoundReport(pi, true, "เห็นชอบ");
    PolicyMonitoringSteps.notifyImprovements(pi);

    clockAt(at(2027, 9, 1, 9, 0));
    executeDueJobs();
    PolicyMonitoringSteps.runRound(pi);
    PolicyMonitoringSteps.annualReport(pi);

    assertThat(pi).isEnded();
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ReviewRoundReport").count()).isEqualTo(3);
  }
}
