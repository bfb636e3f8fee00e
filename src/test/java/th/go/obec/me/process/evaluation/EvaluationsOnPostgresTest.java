package th.go.obec.me.process.evaluation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import th.go.obec.me.support.PostgresProcessEngineTest;

/**
 * One full run of each evaluation process on a real PostgreSQL database. The development plan is
 * set to 2568-2572 here, so that 2570 is its middle year and the mid-plan step runs.
 */
@TestPropertySource(properties = {"me.development-plan.first-year=2568", "me.development-plan.last-year=2572"})
class EvaluationsOnPostgresTest extends PostgresProcessEngineTest {

  @Test
  void strategyEvaluationRunsTheWholeYear() {
    assertThat(StrategyEvaluationTest.walk()).hasPassed("Task_ReportResults").isEnded();
  }

  @Test
  void developmentPlanEvaluationRunsTheMidPlanStepInTheMiddleYear() {
    assertThat(DevelopmentPlanEvaluationTest.walk(true))
        .hasPassed("Task_MidPlanEvaluation", "Task_ParticipatoryEvaluation", "Task_ReportResults")
        .hasNotPassed("Timer_March").isEnded();
  }

  @Test
  void actionPlanEvaluationRunsTheWholeYear() {
    assertThat(ActionPlanEvaluationTest.walk()).hasPassed("Task_EvaluateProject", "Task_ReportResults").isEnded();
  }
}
