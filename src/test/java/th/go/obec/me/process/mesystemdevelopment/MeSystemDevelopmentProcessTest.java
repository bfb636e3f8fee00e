package th.go.obec.me.process.mesystemdevelopment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.Dates.bangkok;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.support.WorkingDays;
import th.go.obec.me.support.ProcessEngineTest;

/** me-system-development (catalogue 9) on H2. */
class MeSystemDevelopmentProcessTest extends ProcessEngineTest {

  ProcessInstance startOnFirstOfOctober() {
    clockAt(bangkok("2026-10-05T09:00"));
    return processEngine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ME_SYSTEM_DEVELOPMENT,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570, ProcessConstants.DEVELOPMENT_START, "2026-10-01"));
  }

  @Test
  void countsEachStepsDueDateFromTheStartDate() {
    ProcessInstance pi = startOnFirstOfOctober();

    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2026-11-01T16:30")));
    MeSystemDevelopmentSteps.studies(pi);
    assertThat(pi).hasPassed("Task_StudyContext", "Task_StudyKnowledge", "Task_StudyOtherSystems");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-02-01T16:30")));
    MeSystemDevelopmentSteps.framework(pi);
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.PLANNING_HEAD.id()).hasDueDate(WorkingDays.due(bangkok("2027-02-15T16:30")));
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewFramework", true, "");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-08-01T16:30")));
    MeSystemDevelopmentSteps.system(pi);
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.PLANNING_HEAD.id()).hasDueDate(WorkingDays.due(bangkok("2027-08-15T16:30")));
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewSystem", true, "");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-10-01T16:30")));
    MeSystemDevelopmentSteps.disseminate(pi);

    assertThat(pi).isEnded().hasPassed("End_Disseminated");
  }

  @Test
  void countsFromTheDayItStartsWhenNoStartDateIsGiven() {
    clockAt(bangkok("2026-10-01T08:30"));
    ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ME_SYSTEM_DEVELOPMENT,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570));

    assertThat(pi).isWaitingAt("Task_StudyContext");
    assertThat(task(pi)).hasDueDate(WorkingDays.due(bangkok("2026-11-01T16:30")));
  }

  @Test
  void returnsFrameworkWithCommentWhenPlanningHeadDoesNotApprove() {
    ProcessInstance pi = startOnFirstOfOctober();
    MeSystemDevelopmentSteps.studies(pi);
    MeSystemDevelopmentSteps.framework(pi);

    MeSystemDevelopmentSteps.review(pi, "Task_ReviewFramework", false, "เพิ่มมิติผู้ใช้ระดับสถานศึกษา");

    assertThat(pi).isWaitingAt("Task_DraftFramework").variables().containsEntry(ProcessConstants.COMMENT, "เพิ่มมิติผู้ใช้ระดับสถานศึกษา");
    assertThat(task(pi)).hasDueDate(WorkingDays.due(bangkok("2027-02-01T16:30")));
    MeSystemDevelopmentSteps.framework(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewFramework", true, "");
    assertThat(pi).isWaitingAt("Task_DevelopSystem");
  }

  @Test
  void returnsSystemWithCommentWhenPlanningHeadDoesNotApprove() {
    ProcessInstance pi = startOnFirstOfOctober();
    MeSystemDevelopmentSteps.studies(pi);
    MeSystemDevelopmentSteps.framework(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewFramework", true, "");
    MeSystemDevelopmentSteps.system(pi);

    MeSystemDevelopmentSteps.review(pi, "Task_ReviewSystem", false, "ให้สอดคล้องกับแบบของ สตผ.");

    assertThat(pi).isWaitingAt("Task_DevelopSystem").variables().containsEntry(ProcessConstants.COMMENT, "ให้สอดคล้องกับแบบของ สตผ.");
    MeSystemDevelopmentSteps.system(pi);
    MeSystemDevelopmentSteps.review(pi, "Task_ReviewSystem", true, "");
    assertThat(pi).isWaitingAt("Task_Disseminate");
  }
}
