package th.go.obec.me.process.emesreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
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
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.LocalBeans;
import th.go.obec.me.support.LocalProcessEngine;

/**
 * emes-report alone on the local engine. Real beans: {@code fiscalCalendar} and the submission
 * deadline ({@code emesSubmissionDue}, where the diagram names it): the due dates. Stubs:
 * the readiness meeting's "nothing incomplete?" check and the list of indicators sent back, because
 * the gateway after the meeting and the revision step's people depend on them; every other bean
 * (letters, owners, per-person answers) is a default mock.
 */
@Deployment(resources = "processes/emes-report.bpmn")
class EmesReportLocalTest {

  private static final String OWNED_INDICATORS = "[{\"code\":\"1.1\",\"name\":\"งบประมาณ\",\"owner\":\"anan.w\"},"
      + "{\"code\":\"1.2\",\"name\":\"คุณภาพผู้เรียน\",\"owner\":\"suda.m\"},"
      + "{\"code\":\"2.1\",\"name\":\"การนิเทศ\",\"owner\":\"napa.c\"}]";

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  @BeforeEach
  void routing() {
    clockAt("2027-02-01T09:00");
    // the submission deadline every due date counts back from
    beans.real("emesSubmissionDue");
    // the readiness meeting marks indicators incomplete: none selected goes on, some go back
    beans.answer("workItems", "noneSelected", call -> {
      Object selected = call.arguments().get(0);
      return selected == null || selected.toString().equals("[]");
    });
    beans.answer("workItems", "returned", call -> List.of(Spin.JSON(OWNED_INDICATORS).elements().get(1)));
    // the same two answers under the names of the diagram's named beans (personAnswers)
    beans.answer("personAnswers", "noneSelected", call -> {
      Object selected = call.arguments().get(0);
      return selected == null || selected.toString().equals("[]");
    });
    beans.answer("personAnswers", "toRevise", call -> List.of(Spin.JSON(OWNED_INDICATORS).elements().get(1)));
  }

  @Test
  void walksFromObecsRequestThroughTheOrderLoopTheOwnersAndTheReadinessLoopToTheEnd() {
    ProcessInstance pi = runtimeService().createMessageCorrelation(ProcessConstants.MSG_EMES_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, 2570).setVariable(ProcessConstants.ROUND, "1")
        .setVariable(ProcessConstants.EXTERNAL_DEADLINE, "2027-03-31").correlateStartMessage();

    assertThat(pi).hasPassed("Start_EmesRequested").isWaitingAt("Task_StudyPolicy");
    assertThat(task()).hasCandidateGroup("monitoring").hasDueDate(due("2027-02-03T16:30"));
    completeStep(pi, "Task_StudyPolicy", withVariables("studySummary", "สรุป"));
    assertThat(task()).hasDefinitionKey("Task_AttendTraining").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_AttendTraining", withVariables("trainingDate", "2027-02-08"));
    assertThat(task()).hasDefinitionKey("Task_DraftMonitoringPlan").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_DraftMonitoringPlan", withVariables("monitoringPlanLink", "https://drive.example/plan"));
    assertThat(task()).hasDefinitionKey("Task_BuildIndicatorTool").hasCandidateGroup("monitoring")
        .hasDueDate(due("2027-02-24T16:30"));
    completeStep(pi, "Task_BuildIndicatorTool", withVariables(ProcessConstants.EMES_INDICATORS, json(OWNED_INDICATORS)));
    assertThat(task()).hasDefinitionKey("Task_AssignIndicatorOwners").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_AssignIndicatorOwners", Map.of());

    // the committee order: returned once, then signed
    assertThat(task()).hasDefinitionKey("Task_DraftCommitteeOrder").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_DraftCommitteeOrder", withVariables("documentTitle", "คำสั่ง"));
    assertThat(beans.called("Task_DraftCommitteeOrder", "draft")).as(beans.calls().toString()).isTrue();
    assertThat(task()).hasDefinitionKey("Task_SignCommitteeOrder").hasCandidateGroup("director");
    completeStep(pi, "Task_SignCommitteeOrder", withVariables(ProcessConstants.APPROVED, false,
        ProcessConstants.COMMENT, "แก้เลขที่คำสั่ง"));
    assertThat(pi).hasPassed("Gateway_OrderSigned").isWaitingAt("Task_DraftCommitteeOrder");
    completeStep(pi, "Task_DraftCommitteeOrder", Map.of());
    completeStep(pi, "Task_SignCommitteeOrder", withVariables(ProcessConstants.APPROVED, true));
    assertThat(beans.called("Task_SignCommitteeOrder", "sign")).isTrue();

    // each indicator to its owner
    List<Task> reports = tasks(pi, "Task_ReportIndicator");
    assertThat(reports).extracting(Task::getAssignee).containsExactly("anan.w", "napa.c", "suda.m");
    assertThat(reports).extracting(Task::getDueDate).containsOnly(due("2027-03-13T16:30"));
    reports.forEach(report -> complete(report));

    completeStep(pi, "Task_CompileData", Map.of());
    assertThat(task()).hasDefinitionKey("Task_ScreenData").hasCandidateGroup("me-committee");
    completeStep(pi, "Task_ScreenData", Map.of());

    // readiness: one indicator back to its owner, then screened again; the second time all is ready
    assertThat(task()).hasDefinitionKey("Task_ReadinessMeeting").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_ReadinessMeeting", withVariables(ProcessConstants.EMES_INCOMPLETE_INDICATORS, json("[\"1.2\"]"),
        ProcessConstants.EMES_REVISION_NOTES, "เพิ่มหลักฐาน"));
    assertThat(tasks(pi, "Task_ReviseIndicator")).extracting(Task::getAssignee).containsExactly("suda.m");
    complete(task("Task_ReviseIndicator", pi));
    assertThat(pi).isWaitingAt("Task_ScreenData");
    completeStep(pi, "Task_ScreenData", Map.of());
    completeStep(pi, "Task_ReadinessMeeting", withVariables(ProcessConstants.EMES_INCOMPLETE_INDICATORS, json("[]")));
    assertThat(pi).hasNotPassed("Task_SummaryMeeting").isWaitingAt("Task_SummaryMeeting");

    completeStep(pi, "Task_SummaryMeeting", Map.of());
    assertThat(task()).hasDefinitionKey("Task_SubmitEmes").hasCandidateGroup("monitoring").hasDueDate(due("2027-03-31T16:30"));
    completeStep(pi, "Task_SubmitEmes", Map.of());
    completeStep(pi, "Task_SummarizeForNextYear", Map.of());
    completeStep(pi, "Task_PrepareFollowUp", Map.of());
    assertThat(pi).hasPassed("End_Reported").isEnded();
  }

  @Test
  void startsByHandWithTheStartFormAndFallsBackToTheConfiguredDeadline() {
    ProcessInstance pi = startForm(ProcessConstants.EMES_REPORT,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570, ProcessConstants.ROUND, "2"));

    assertThat(pi).hasPassed("Start_ByHand").isWaitingAt("Task_StudyPolicy");
    assertThat(variable(pi, ProcessConstants.EMES_SUBMISSION_DUE)).isEqualTo(due("2027-09-30T16:30"));
    assertThat(beans.calls()).anyMatch(call -> call.mentions("round"));
  }
}
