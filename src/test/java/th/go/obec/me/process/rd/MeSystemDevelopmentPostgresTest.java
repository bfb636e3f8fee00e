package th.go.obec.me.process.rd;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.process.rd.MeSystemDevelopmentSteps.bangkok;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.PostgresProcessEngineTest;

/** me-system-development from start to dissemination, with both returns, on a real PostgreSQL database. */
class MeSystemDevelopmentPostgresTest extends PostgresProcessEngineTest {

  @Test
  void runsAllSixStepsWithBothReviewsOnPostgres() {
    clockAt(bangkok("2026-10-01T08:30"));
    ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ME_SYSTEM_DEVELOPMENT,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570, "developmentStart", "2026-10-01"));

    MeSystemDevelopmentSteps.studies(pi);
    MeSystemDevelopmentSteps.framework(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewFramework", false, "แก้ไข");
    MeSystemDevelopmentSteps.framework(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewFramework", true, "");
    MeSystemDevelopmentSteps.system(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewSystem", false, "แก้ไข");
    MeSystemDevelopmentSteps.system(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewSystem", true, "");
    MeSystemDevelopmentSteps.disseminate(pi);

    assertThat(pi).isEnded().hasPassed("End_Disseminated");
  }
}
