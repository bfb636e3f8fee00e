package th.go.obec.me.process.developmentplanevaluation;

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
import static th.go.obec.me.support.LocalSteps.variable;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Bindable;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.LocalBeans;
import th.go.obec.me.support.LocalProcessEngine;

/**
 * development-plan-evaluation alone on the local engine. Real beans: {@code fiscalCalendar} (the
 * March and September timers, due dates) and {@code developmentPlan} with the office's plan period
 * (its middle year routes the first gateway; the expectations read the same period from
 * application.yaml), with {@code describePlanPeriod} where the diagram names it. People's options
 * and the per-person rows are default mocks.
 */
@Deployment(resources = "processes/development-plan-evaluation.bpmn")
class DevelopmentPlanEvaluationLocalTest {

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  private int firstYear;
  private int lastYear;
  private int middleYear;

  @BeforeEach
  void realPlanPeriod() {
    beans.real("developmentPlan", "describePlanPeriod");
    firstYear = LocalProcessEngine.setting("me.development-plan.first-year", Bindable.of(Integer.class));
    lastYear = LocalProcessEngine.setting("me.development-plan.last-year", Bindable.of(Integer.class));
    middleYear = firstYear + (lastYear - firstYear + 1) / 2;
  }

  private ProcessInstance started(int fiscalYear) {
    clockAt((fiscalYear - 544) + "-10-01T09:00");
    ProcessInstance pi = startForm(ProcessConstants.DEVELOPMENT_PLAN_EVALUATION,
        withVariables(ProcessConstants.FISCAL_YEAR, fiscalYear));
    assertThat(pi).hasPassed("Start_DevelopmentPlanEvaluation", "Gateway_MiddleYear");
    assertThat(variable(pi, ProcessConstants.PLAN_PERIOD)).isEqualTo(firstYear + "-" + lastYear);
    return pi;
  }

  @Test
  void evaluatesTheMiddleOfThePlanInItsMiddleYearThenWalksTheYearsEvaluationWithTheReviewBothWays() {
    int fiscalYear = middleYear;
    ProcessInstance pi = started(fiscalYear);

    assertThat(pi).isWaitingAt("Task_MidPlanEvaluation");
    assertThat(task()).hasCandidateGroup("monitoring").hasDueDate(LocalProcessEngine.fiscalCalendar().monthEnd(fiscalYear, 2));
    completeStep(pi, "Task_MidPlanEvaluation", Map.of());
    assertThat(pi).hasNotPassed("Timer_March");
    evaluation(pi, fiscalYear);
  }

  @Test
  void waitsForMarchInTheOtherYears() {
    int fiscalYear = middleYear == lastYear ? firstYear : lastYear;
    ProcessInstance pi = started(fiscalYear);

    assertThat(pi).hasNotPassed("Task_MidPlanEvaluation").isWaitingAt("Timer_March");
    assertThat(job().getDuedate()).isEqualTo(LocalProcessEngine.fiscalCalendar().monthStart(fiscalYear, 3));
    execute(job());
    evaluation(pi, fiscalYear);
  }

  /** The evaluation form, September, each group head's evaluation, the summary and its review. */
  private void evaluation(ProcessInstance pi, int fiscalYear) {
    assertThat(task()).hasDefinitionKey("Task_CreateEvaluationForm").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_CreateEvaluationForm", withVariables(ProcessConstants.DATA_REQUESTS, json(
        "[{\"group\":\"กลุ่มนโยบายและแผน\",\"head\":\"suda.m\"},{\"group\":\"กลุ่มนิเทศ\",\"head\":\"anan.w\",\"topic\":null}]")));
    assertThat(pi).isWaitingAt("Timer_September");
    assertThat(job().getDuedate()).isEqualTo(LocalProcessEngine.fiscalCalendar().monthStart(fiscalYear, 9));
    execute(job());

    List<Task> evaluations = tasks(pi, "Task_ParticipatoryEvaluation");
    assertThat(evaluations).extracting(Task::getAssignee).containsExactly("anan.w", "suda.m");
    evaluations.forEach(task -> complete(task));
    assertThat(beans.called("Task_ParticipatoryEvaluation", "collect")).as(beans.calls().toString()).isTrue();

    assertThat(task()).hasDefinitionKey("Task_SummarizeEvaluation").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_SummarizeEvaluation", Map.of());
    assertThat(task()).hasDefinitionKey("Task_ExecutivesReview").hasCandidateGroup("executives");
    completeStep(pi, "Task_ExecutivesReview", withVariables(ProcessConstants.APPROVED, false));
    assertThat(pi).hasPassed("Gateway_Approved").isWaitingAt("Task_SummarizeEvaluation");
    completeStep(pi, "Task_SummarizeEvaluation", Map.of());
    completeStep(pi, "Task_ExecutivesReview", withVariables(ProcessConstants.APPROVED, true));
    assertThat(task()).hasDefinitionKey("Task_ReportResults").hasCandidateGroup("monitoring")
        .hasDueDate(LocalProcessEngine.fiscalCalendar().monthEnd(fiscalYear + 1, 11));
    completeStep(pi, "Task_ReportResults", Map.of());
    assertThat(pi).hasPassed("End_Reported").isEnded();
  }
}
