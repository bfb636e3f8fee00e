package th.go.obec.me.process.policymonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.LocalSteps.clockAt;
import static th.go.obec.me.support.LocalSteps.completeStep;
import static th.go.obec.me.support.LocalSteps.due;
import static th.go.obec.me.support.LocalSteps.startForm;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Bindable;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.LocalBeans;
import th.go.obec.me.support.LocalProcessEngine;

/**
 * policy-monitoring alone on the local engine. Real beans: {@code fiscalCalendar} (round timers,
 * due dates) and {@code policyMonitoring} with the office's configuration (the planning group of
 * steps 1-2 and the round months, which make the rounds and their timers).
 */
@Deployment(resources = "processes/policy-monitoring.bpmn")
class PolicyMonitoringLocalTest {

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  @Test
  void walksThePlanAndEachConfiguredRoundWithItsReviewBothWaysToTheAnnualReport() {
    beans.real("policyMonitoring");
    String planningGroup = LocalProcessEngine.setting("me.policy-monitoring.planning-group", Bindable.of(String.class));
    List<Integer> roundMonths = LocalProcessEngine.setting("me.policy-monitoring.round-months", Bindable.listOf(Integer.class));
    clockAt("2026-10-01T09:00");
    ProcessInstance pi = startForm(ProcessConstants.POLICY_MONITORING,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570));

    assertThat(pi).hasPassed("Start_PolicyMonitoring").isWaitingAt("Task_StudyPolicy");
    assertThat(task()).hasCandidateGroup(planningGroup).hasDueDate(due("2026-10-31T16:30"));
    completeStep(pi, "Task_StudyPolicy", Map.of());
    assertThat(task()).hasDefinitionKey("Task_PreparePlan").hasCandidateGroup(planningGroup);
    completeStep(pi, "Task_PreparePlan", Map.of());
    assertThat(task()).hasDefinitionKey("Task_PrepareTools").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_PrepareTools", Map.of());

    boolean first = true;
    for (int month : roundMonths) {
      assertThat(pi).isWaitingAt("Timer_RoundMonth");
      assertThat(job().getDuedate()).isEqualTo(LocalProcessEngine.fiscalCalendar().monthStart(2570, month));
      execute(job());
      assertThat(task()).hasDefinitionKey("Task_CollectProgress").hasCandidateGroup("monitoring")
          .hasDueDate(LocalProcessEngine.fiscalCalendar().monthEnd(2570, month));
      completeStep(pi, "Task_CollectProgress", Map.of());
      completeStep(pi, "Task_PresentRoundReport", Map.of());
      assertThat(task()).hasDefinitionKey("Task_ReviewRoundReport").hasCandidateGroup("director");
      if (first) {
        completeStep(pi, "Task_ReviewRoundReport", withVariables(ProcessConstants.APPROVED, false));
        assertThat(pi).hasPassed("Gateway_RoundApproved").isWaitingAt("Task_PresentRoundReport");
        completeStep(pi, "Task_PresentRoundReport", Map.of());
        first = false;
      }
      completeStep(pi, "Task_ReviewRoundReport", withVariables(ProcessConstants.APPROVED, true));
      assertThat(task()).hasDefinitionKey("Task_NotifyImprovements").hasCandidateGroup("monitoring");
      completeStep(pi, "Task_NotifyImprovements", Map.of());
    }

    assertThat(task()).hasDefinitionKey("Task_AnnualReport").hasCandidateGroup("monitoring").hasDueDate(due("2027-09-30T16:30"));
    completeStep(pi, "Task_AnnualReport", Map.of());
    assertThat(pi).hasPassed("End_AnnualReported").isEnded();
  }
}
