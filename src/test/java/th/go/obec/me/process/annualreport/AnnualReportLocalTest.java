package th.go.obec.me.process.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.LocalBeans;
import th.go.obec.me.support.LocalProcessEngine;

/**
 * annual-report alone on the local engine. Real beans: {@code fiscalCalendar} (due dates). Stub:
 * whether website publishing is configured, because the last gateway routes on it (the automatic
 * publication itself, an HTTP call, is the whole-application test's: here the process is only seen
 * waiting for it). Letters, people's options and the group heads' answers are default mocks.
 */
@Deployment(resources = "processes/annual-report.bpmn")
class AnnualReportLocalTest {

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  @BeforeEach
  void september2027() {
    clockAt("2027-09-01T09:00");
  }

  private ProcessInstance started() {
    ProcessInstance pi = startForm(ProcessConstants.ANNUAL_REPORT,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570));
    assertThat(pi).hasPassed("Start_AnnualReport").isWaitingAt("Task_DraftMemo");
    assertThat(task()).hasCandidateGroup("monitoring").hasDueDate(due("2027-09-30T16:30"));
    return pi;
  }

  @Test
  void walksTheMemoLoopTheGroupHeadsTheExecutivesLoopAndPublishesByHandWithoutAWebsite() {
    beans.answer("websitePublishing", "configured", false);
    ProcessInstance pi = started();

    completeStep(pi, "Task_DraftMemo", Map.of());
    assertThat(beans.called("Task_DraftMemo", "draft")).as(beans.calls().toString()).isTrue();
    assertThat(task()).hasDefinitionKey("Task_ApproveMemo").hasCandidateGroup("director");
    completeStep(pi, "Task_ApproveMemo", withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "แก้"));
    assertThat(pi).hasPassed("Gateway_MemoApproved").isWaitingAt("Task_DraftMemo");
    completeStep(pi, "Task_DraftMemo", Map.of());
    completeStep(pi, "Task_ApproveMemo", withVariables(ProcessConstants.APPROVED, true,
        ProcessConstants.GROUP_HEADS, json("[\"suda.m\",\"anan.w\"]")));
    assertThat(beans.called("Task_ApproveMemo", "sign")).isTrue();

    // every group head sends the group's results
    List<Task> results = tasks(pi, "Task_SendGroupResults");
    assertThat(results).extracting(Task::getAssignee).containsExactly("anan.w", "suda.m");
    assertThat(results).extracting(Task::getDueDate).containsOnly(due("2027-10-31T16:30"));
    results.forEach(result -> complete(result));
    assertThat(beans.called("Task_SendGroupResults", "collect")).isTrue();

    assertThat(task()).hasDefinitionKey("Task_CompileResults").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_CompileResults", Map.of());
    assertThat(task()).hasDefinitionKey("Task_DefinePresentation").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_DefinePresentation", Map.of());
    assertThat(task()).hasDefinitionKey("Task_DraftReport").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_DraftReport", Map.of());
    assertThat(task()).hasDefinitionKey("Task_ExecutivesApprove").hasCandidateGroup("executives")
        .hasDueDate(due("2027-11-30T16:30"));
    completeStep(pi, "Task_ExecutivesApprove", withVariables(ProcessConstants.APPROVED, false));
    assertThat(pi).hasPassed("Gateway_PrintingApproved").isWaitingAt("Task_DraftReport");
    completeStep(pi, "Task_DraftReport", Map.of());
    completeStep(pi, "Task_ExecutivesApprove", withVariables(ProcessConstants.APPROVED, true));

    assertThat(task()).hasDefinitionKey("Task_CoordinateFinance").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_CoordinateFinance", Map.of());
    assertThat(task()).hasDefinitionKey("Task_PrintReport").hasCandidateGroup("finance");
    completeStep(pi, "Task_PrintReport", Map.of());
    assertThat(task()).hasDefinitionKey("Task_RecordAndCirculate").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_RecordAndCirculate", Map.of());

    assertThat(pi).hasPassed("Gateway_WebsiteConfigured").isWaitingAt("Task_PublishManually");
    assertThat(task()).hasCandidateGroup("monitoring").hasDueDate(due("2027-12-31T16:30"));
    completeStep(pi, "Task_PublishManually", Map.of());
    assertThat(pi).hasPassed("End_Published").isEnded();
  }

  @Test
  void waitsForTheAutomaticPublicationWhenTheWebsiteIsConfigured() {
    beans.answer("websitePublishing", "configured", true);
    ProcessInstance pi = started();
    completeStep(pi, "Task_DraftMemo", Map.of());
    completeStep(pi, "Task_ApproveMemo", withVariables(ProcessConstants.APPROVED, true,
        ProcessConstants.GROUP_HEADS, json("[\"suda.m\"]")));
    complete(tasks(pi, "Task_SendGroupResults").get(0));
    for (String step : List.of("Task_CompileResults", "Task_DefinePresentation", "Task_DraftReport")) {
      completeStep(pi, step, Map.of());
    }
    completeStep(pi, "Task_ExecutivesApprove", withVariables(ProcessConstants.APPROVED, true));
    for (String step : List.of("Task_CoordinateFinance", "Task_PrintReport", "Task_RecordAndCirculate")) {
      completeStep(pi, step, Map.of());
    }

    // the publication runs in the background (asynchronous job), not as a person's task
    assertThat(pi).hasPassed("Gateway_WebsiteConfigured").isWaitingAt("Task_PublishOnWebsite");
    assertThat(job()).isNotNull();
    assertThat(tasks(pi, "Task_PublishManually")).isEmpty();
  }
}
