package th.go.obec.me.process.annual;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.process.annual.AnnualReportSteps.bangkok;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.support.PostgresProcessEngineTest;

/** annual-report from start to end on a real PostgreSQL database. */
class AnnualReportPostgresTest extends PostgresProcessEngineTest {

  @Test
  void runsFromMemoToPublishedReportOnPostgres() {
    clockAt(bangkok("2027-09-01T08:30"));

    ProcessInstance pi = AnnualReportSteps.walkToPublishing();

    assertThat(pi).isWaitingAt("Task_PublishManually");
    complete(task(pi), withVariables("publishedUrl", "https://esa.example/annual-2570", "publishedDate", "2027-12-20"));
    assertThat(pi).isEnded().hasPassed("Task_SendGroupResults", "Task_PrintReport", "End_Published");
  }
}
