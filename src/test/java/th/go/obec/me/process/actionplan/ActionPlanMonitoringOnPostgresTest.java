package th.go.obec.me.process.actionplan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.ProcessConstants.APPROVED;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.support.PostgresProcessEngineTest;

/** One full run of action-plan-monitoring on a real PostgreSQL database. */
class ActionPlanMonitoringOnPostgresTest extends PostgresProcessEngineTest {

  @Test
  void runsTheWholeYearOnPostgres() {
    ProcessInstance pi = ActionPlanMonitoringTest.walkToSummary();

    assertThat(pi).isWaitingAt("Task_PrepareSummary");
    ActionPlanMonitoringTest.completeSummary();
    assertThat(task()).hasCandidateGroup("director");
    complete(task(), withVariables(APPROVED, true));

    assertThat(pi).hasPassed("Task_ReportProgress", "Task_ProgressMeeting", "Task_DirectorReview").isEnded();
  }
}
