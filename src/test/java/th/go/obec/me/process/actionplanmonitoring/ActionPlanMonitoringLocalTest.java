package th.go.obec.me.process.actionplanmonitoring;

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

import java.time.LocalDate;
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
 * action-plan-monitoring alone on the local engine. Real beans: {@code fiscalCalendar} (the four
 * quarter timers and the due dates). No stubs: the quarter loop counts in the diagram and the
 * review is the director's answer; the owners' options and the per-person rows are default mocks.
 */
@Deployment(resources = "processes/action-plan-monitoring.bpmn")
class ActionPlanMonitoringLocalTest {

  private static final String PROJECTS = "[{\"code\":\"P01\",\"name\":\"พัฒนาคุณภาพผู้เรียน\",\"owner\":\"kanya.t\"},"
      + "{\"code\":\"P02\",\"name\":\"นิเทศ ติดตาม\",\"owner\":\"anan.w\"}]";

  /** The first day of each quarter's following month, when the owners report the quarter. */
  private static final List<String> QUARTER_REPORTS = List.of("2027-01-01", "2027-04-01", "2027-07-01", "2027-10-01");

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  @Test
  void walksThePlanFourQuarterRoundsOfTheOwnersAndTheDirectorsReviewBothWays() {
    clockAt("2026-10-01T09:00");
    ProcessInstance pi = startForm(ProcessConstants.ACTION_PLAN_MONITORING,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570));

    assertThat(pi).hasPassed("Start_ActionPlanMonitoring").isWaitingAt("Task_StudyPlan");
    assertThat(task()).hasCandidateGroup("monitoring");
    completeStep(pi, "Task_StudyPlan", Map.of());
    assertThat(task()).hasDefinitionKey("Task_MonitoringPlan").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_MonitoringPlan", withVariables(ProcessConstants.PROJECTS, json(PROJECTS)));
    assertThat(task()).hasDefinitionKey("Task_MonitoringTools").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_MonitoringTools", Map.of());

    for (int quarter = 1; quarter <= 4; quarter++) {
      assertThat(pi).isWaitingAt("Timer_QuarterEnded");
      assertThat(((Number) variable(pi, ProcessConstants.QUARTER)).intValue()).isEqualTo(quarter);
      assertThat(job().getDuedate()).as("quarter %d", quarter).isEqualTo(
          LocalProcessEngine.fiscalCalendar().workStarts(LocalDate.parse(QUARTER_REPORTS.get(quarter - 1))));
      execute(job());
      List<Task> reports = tasks(pi, "Task_ReportProgress");
      assertThat(reports).extracting(Task::getAssignee).containsExactly("anan.w", "kanya.t");
      reports.forEach(report -> complete(report));
      assertThat(beans.called("Task_ReportProgress", "collect")).as(beans.calls().toString()).isTrue();
      assertThat(task()).hasDefinitionKey("Task_ProgressMeeting").hasCandidateGroup("monitoring");
      completeStep(pi, "Task_ProgressMeeting", Map.of());
    }

    assertThat(pi).hasPassed("Gateway_AllQuarters").isWaitingAt("Task_PrepareSummary");
    assertThat(task()).hasCandidateGroup("monitoring");
    completeStep(pi, "Task_PrepareSummary", Map.of());
    assertThat(task()).hasDefinitionKey("Task_DirectorReview").hasCandidateGroup("director");
    completeStep(pi, "Task_DirectorReview", withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "แก้"));
    assertThat(pi).hasPassed("Gateway_Approved").isWaitingAt("Task_PrepareSummary");
    completeStep(pi, "Task_PrepareSummary", Map.of());
    completeStep(pi, "Task_DirectorReview", withVariables(ProcessConstants.APPROVED, true));
    assertThat(pi).hasPassed("End_Reviewed").isEnded();
  }
}
