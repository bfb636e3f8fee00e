package th.go.obec.me.process.strategyevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.LocalSteps.clockAt;
import static th.go.obec.me.support.LocalSteps.completeStep;
import static th.go.obec.me.support.LocalSteps.due;
import static th.go.obec.me.support.LocalSteps.json;
import static th.go.obec.me.support.LocalSteps.startForm;
import static th.go.obec.me.support.LocalSteps.tasks;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.LocalBeans;
import th.go.obec.me.support.LocalProcessEngine;

/**
 * strategy-evaluation alone on the local engine. Real beans: {@code fiscalCalendar} (the March
 * timer, due dates). No stubs: the group heads come from the form's data requests and the review
 * from the director; people's options and the per-person rows are default mocks.
 */
@Deployment(resources = "processes/strategy-evaluation.bpmn")
class StrategyEvaluationLocalTest {

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  @Test
  void walksBothHalvesTheGroupHeadsDataAndTheDirectorsReviewBothWays() {
    clockAt("2027-02-01T09:00");
    ProcessInstance pi = startForm(ProcessConstants.STRATEGY_EVALUATION,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570));

    assertThat(pi).hasPassed("Start_StrategyEvaluation").isWaitingAt("Task_StudyStrategyFirstHalf");
    assertThat(task()).hasCandidateGroup("monitoring").hasDueDate(due("2027-02-28T16:30"));
    completeStep(pi, "Task_StudyStrategyFirstHalf", Map.of());
    assertThat(pi).isWaitingAt("Timer_March");
    assertThat(job().getDuedate()).isEqualTo(LocalProcessEngine.fiscalCalendar().monthStart(2570, 3));
    execute(job());
    assertThat(task()).hasDefinitionKey("Task_StudyStrategySecondHalf").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_StudyStrategySecondHalf", Map.of());
    assertThat(task()).hasDefinitionKey("Task_DesignTools").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_DesignTools", withVariables(ProcessConstants.DATA_REQUESTS, json(
        "[{\"group\":\"กลุ่มนโยบายและแผน\",\"head\":\"suda.m\",\"topic\":\"ยุทธศาสตร์ 1\"},"
            + "{\"group\":\"กลุ่มนิเทศ\",\"head\":\"anan.w\"}]")));

    List<Task> data = tasks(pi, "Task_ProvideEvaluationData");
    assertThat(data).extracting(Task::getAssignee).containsExactly("anan.w", "suda.m");
    data.forEach(task -> complete(task));
    assertThat(beans.called("Task_ProvideEvaluationData", "collect")).as(beans.calls().toString()).isTrue();

    assertThat(task()).hasDefinitionKey("Task_SummarizeReport").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_SummarizeReport", Map.of());
    assertThat(task()).hasDefinitionKey("Task_DirectorApproval").hasCandidateGroup("director");
    completeStep(pi, "Task_DirectorApproval", withVariables(ProcessConstants.APPROVED, false));
    assertThat(pi).hasPassed("Gateway_Approved").isWaitingAt("Task_SummarizeReport");
    completeStep(pi, "Task_SummarizeReport", Map.of());
    completeStep(pi, "Task_DirectorApproval", withVariables(ProcessConstants.APPROVED, true));
    assertThat(task()).hasDefinitionKey("Task_NotifyImprovement").hasCandidateGroup("monitoring")
        .hasDueDate(due("2027-10-31T16:30"));
    completeStep(pi, "Task_NotifyImprovement", Map.of());
    completeStep(pi, "Task_ReportResults", Map.of());
    assertThat(pi).hasPassed("End_Reported").isEnded();
  }
}
