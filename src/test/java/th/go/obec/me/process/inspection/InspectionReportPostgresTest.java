package th.go.obec.me.process.inspection;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static th.go.obec.me.process.inspection.InspectionSteps.at;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.PostgresProcessEngineTest;

/** A whole inspection year, with an evidence-based visit announced by message, on a real PostgreSQL. */
class InspectionReportPostgresTest extends PostgresProcessEngineTest {

  @Test
  void runsFromTheRequestThroughTheVisitToTheSummaryOnPostgres() {
    clockAt(at(2026, 10, 1, 9, 0));
    ProcessInstance pi = InspectionSteps.requested("2026-11-20");
    InspectionSteps.reportToTheRegionalOffice(pi);

    clockAt(at(2027, 1, 15, 9, 0));
    runtimeService().createMessageCorrelation(ProcessConstants.MSG_INSPECTION_VISIT_ANNOUNCED)
        .processInstanceBusinessKey("inspection-report:2570")
        .setVariable(ProcessConstants.VISIT_DATE, "2027-02-10")
        .correlate();
    InspectionSteps.hostTheVisit(pi);

    clockAt(at(2027, 9, 1, 9, 0));
    executeDueJobs();
    InspectionSteps.analyseRecommendations(pi);
    InspectionSteps.review(pi, "Task_ReviewRecommendations", true, "เห็นชอบ");
    InspectionSteps.notifyAndSummarise(pi);

    assertThat(pi).hasPassed("Boundary_VisitAnnounced", "Task_PresentToInspector", "Task_SubmitReport",
        "Task_SummariseAndReport").isEnded();
  }
}
