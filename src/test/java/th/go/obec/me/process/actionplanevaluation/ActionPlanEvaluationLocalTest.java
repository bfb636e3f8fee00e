package th.go.obec.me.process.actionplanevaluation;

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
 * action-plan-evaluation alone on the local engine. Real beans: {@code fiscalCalendar} (the
 * September timer, due dates). No stubs: the project owners come from the form, the review from
 * the executives; people's options and the per-person rows are default mocks.
 */
@Deployment(resources = "processes/action-plan-evaluation.bpmn")
class ActionPlanEvaluationLocalTest {

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  @Test
  void walksTheStudyTheSeptemberEvaluationOfEachProjectAndTheExecutivesReviewBothWays() {
    clockAt("2027-03-01T09:00");
    ProcessInstance pi = startForm(ProcessConstants.ACTION_PLAN_EVALUATION,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570));

    assertThat(pi).hasPassed("Start_ActionPlanEvaluation").isWaitingAt("Task_StudyActionPlan");
    assertThat(task()).hasCandidateGroup("monitoring").hasDueDate(due("2027-04-30T16:30"));
    completeStep(pi, "Task_StudyActionPlan", Map.of());
    assertThat(pi).isWaitingAt("Timer_September");
    assertThat(job().getDuedate()).isEqualTo(LocalProcessEngine.fiscalCalendar().monthStart(2570, 9));
    execute(job());
    assertThat(task()).hasDefinitionKey("Task_CreateEvaluationForm").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_CreateEvaluationForm", withVariables(ProcessConstants.PROJECTS, json(
        "[{\"code\":\"P01\",\"name\":\"พัฒนาคุณภาพผู้เรียน\",\"owner\":\"kanya.t\"},{\"name\":\"นิเทศ\",\"owner\":\"anan.w\"}]")));

    List<Task> evaluations = tasks(pi, "Task_EvaluateProject");
    assertThat(evaluations).extracting(Task::getAssignee).containsExactly("anan.w", "kanya.t");
    evaluations.forEach(task -> complete(task));
    assertThat(beans.called("Task_EvaluateProject", "collect")).as(beans.calls().toString()).isTrue();

    assertThat(task()).hasDefinitionKey("Task_SummarizeEvaluation").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_SummarizeEvaluation", Map.of());
    assertThat(task()).hasDefinitionKey("Task_ExecutivesReview").hasCandidateGroup("executives");
    completeStep(pi, "Task_ExecutivesReview", withVariables(ProcessConstants.APPROVED, false));
    assertThat(pi).hasPassed("Gateway_Approved").isWaitingAt("Task_SummarizeEvaluation");
    completeStep(pi, "Task_SummarizeEvaluation", Map.of());
    completeStep(pi, "Task_ExecutivesReview", withVariables(ProcessConstants.APPROVED, true));
    assertThat(task()).hasDefinitionKey("Task_ReportResults").hasCandidateGroup("monitoring")
        .hasDueDate(due("2027-10-31T16:30"));
    completeStep(pi, "Task_ReportResults", Map.of());
    assertThat(pi).hasPassed("End_Reported").isEnded();
  }
}
