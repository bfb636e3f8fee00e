package th.go.obec.me.process.assignedwork;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static th.go.obec.me.support.LocalSteps.clockAt;
import static th.go.obec.me.support.LocalSteps.completeStep;
import static th.go.obec.me.support.LocalSteps.due;
import static th.go.obec.me.support.LocalSteps.startForm;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.LocalBeans;
import th.go.obec.me.support.LocalProcessEngine;

/**
 * assigned-work alone on the local engine. Real beans: {@code fiscalCalendar} (due dates). No
 * stubs: the people are the starting supervisor (the initiator) and the worker the assignment names;
 * the work's number and the worker options are default mocks.
 */
@Deployment(resources = "processes/assigned-work.bpmn")
class AssignedWorkLocalTest {

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  @AfterEach
  void loggedOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theSupervisorAssignsTheWorkerDoesAndTheSupervisorReturnsItOnceThenAccepts() {
    clockAt("2027-01-11T09:00");
    engine.getIdentityService().setAuthentication("somchai.j", List.of("planning-head"));
    ProcessInstance pi = startForm(ProcessConstants.ASSIGNED_WORK,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570, "workTitle", "สรุปนักเรียนออกกลางคัน"));
    engine.getIdentityService().clearAuthentication();

    assertThat(pi).hasPassed("Start_AssignedWork").isWaitingAt("Task_AssignWork");
    // the initiator is assigned; the heads of planning and the director may take it over
    assertThat(task()).isAssignedTo("somchai.j").hasDueDate(LocalProcessEngine.fiscalCalendar().daysAfter(now(), 3));
    assertThat(engine.getTaskService().getIdentityLinksForTask(task().getId())).extracting(IdentityLink::getGroupId)
        .contains("planning-head", "director");
    assertThat(beans.calls()).anyMatch(call -> call.mentions("number"));
    completeStep(pi, "Task_AssignWork", withVariables(ProcessConstants.WORKER, "anan.w",
        ProcessConstants.WORK_DUE_DATE, "2027-01-29"));

    assertThat(task()).hasDefinitionKey("Task_DoWork").isAssignedTo("anan.w").hasDueDate(due("2027-01-29T16:30"));
    completeStep(pi, "Task_DoWork", Map.of());
    assertThat(task()).hasDefinitionKey("Task_AcceptWork").isAssignedTo("somchai.j");
    completeStep(pi, "Task_AcceptWork", withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "เพิ่มตาราง"));
    assertThat(pi).hasPassed("Gateway_Accepted").isWaitingAt("Task_DoWork");
    assertThat(task()).isAssignedTo("anan.w");
    completeStep(pi, "Task_DoWork", Map.of());
    completeStep(pi, "Task_AcceptWork", withVariables(ProcessConstants.APPROVED, true));
    assertThat(pi).hasPassed("End_Accepted").isEnded();
  }

  private static Date now() {
    return LocalProcessEngine.fiscalCalendar().now();
  }
}
