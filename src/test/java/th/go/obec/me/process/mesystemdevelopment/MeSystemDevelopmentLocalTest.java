package th.go.obec.me.process.mesystemdevelopment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.LocalSteps.clockAt;
import static th.go.obec.me.support.LocalSteps.completeStep;
import static th.go.obec.me.support.LocalSteps.due;
import static th.go.obec.me.support.LocalSteps.startForm;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.LocalBeans;
import th.go.obec.me.support.LocalProcessEngine;

/**
 * me-system-development alone on the local engine. Real beans: {@code fiscalCalendar} (every due
 * date counts months from the development's start; {@code scheduleDevelopmentStart} where the
 * diagram names it). No stubs: the two reviews
 * are the planning head's answers.
 */
@Deployment(resources = "processes/me-system-development.bpmn")
class MeSystemDevelopmentLocalTest {

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  @BeforeEach
  void realStart() {
    // where the diagram names it: the development's start, the day every due date counts from
    beans.real("scheduleDevelopmentStart");
  }

  @Test
  void walksTheStudiesTheFrameworkAndSystemReviewsBothWaysToTheDissemination() {
    clockAt("2026-10-05T09:00");
    ProcessInstance pi = startForm(ProcessConstants.ME_SYSTEM_DEVELOPMENT,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570, ProcessConstants.DEVELOPMENT_START, "2026-11-02"));

    assertThat(pi).hasPassed("Start_Development").isWaitingAt("Task_StudyContext");
    assertThat(task()).hasCandidateGroup("monitoring").hasDueDate(
        LocalProcessEngine.fiscalCalendar().monthsAfter(due("2026-11-02T16:30"), 1));
    completeStep(pi, "Task_StudyContext", Map.of());
    assertThat(task()).hasDefinitionKey("Task_StudyKnowledge").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_StudyKnowledge", Map.of());
    assertThat(task()).hasDefinitionKey("Task_StudyOtherSystems").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_StudyOtherSystems", Map.of());

    assertThat(task()).hasDefinitionKey("Task_DraftFramework").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_DraftFramework", Map.of());
    assertThat(task()).hasDefinitionKey("Task_ReviewFramework").hasCandidateGroup("planning-head");
    completeStep(pi, "Task_ReviewFramework", withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "แก้"));
    assertThat(pi).hasPassed("Gateway_FrameworkApproved").isWaitingAt("Task_DraftFramework");
    completeStep(pi, "Task_DraftFramework", Map.of());
    completeStep(pi, "Task_ReviewFramework", withVariables(ProcessConstants.APPROVED, true));

    assertThat(task()).hasDefinitionKey("Task_DevelopSystem").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_DevelopSystem", Map.of());
    assertThat(task()).hasDefinitionKey("Task_ReviewSystem").hasCandidateGroup("planning-head");
    completeStep(pi, "Task_ReviewSystem", withVariables(ProcessConstants.APPROVED, false));
    assertThat(pi).hasPassed("Gateway_SystemApproved").isWaitingAt("Task_DevelopSystem");
    completeStep(pi, "Task_DevelopSystem", Map.of());
    completeStep(pi, "Task_ReviewSystem", withVariables(ProcessConstants.APPROVED, true));

    assertThat(task()).hasDefinitionKey("Task_Disseminate").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_Disseminate", Map.of());
    assertThat(pi).hasPassed("End_Disseminated").isEnded();
  }
}
