package th.go.obec.me.process.assigned;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.PostgresProcessEngineTest;

/** assigned-work from start to acceptance, with one return, on a real PostgreSQL database. */
class AssignedWorkPostgresTest extends PostgresProcessEngineTest {

  @Test
  void assignsReturnsAndAcceptsWorkOnPostgres() {
    clockAt(AssignedWorkProcessTest.bangkok("2026-11-21T09:00"));
    processEngine.getIdentityService().setAuthentication("somsak.p", List.of("planning-head"));
    ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ASSIGNED_WORK,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570, "workTitle", "เตรียมข้อมูลประชุม"));
    processEngine.getIdentityService().clearAuthentication();

    assertThat(task(pi)).isAssignedTo("somsak.p");
    complete(task(pi), withVariables("workTitle", "เตรียมข้อมูลประชุม", "workDescription", "ข้อมูลผลสัมฤทธิ์",
        "worker", "somchai.j", "workDueDate", "2026-12-01"));
    assertThat(task(pi)).isAssignedTo("somchai.j");
    complete(task(pi), withVariables("workResult", "เสร็จ", "workResultLink", "https://drive.example/a.pdf"));
    complete(task(pi), withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "เพิ่มกราฟ"));
    assertThat(pi).isWaitingAt("Task_DoWork").variables().containsEntry("comment", "เพิ่มกราฟ");
    complete(task(pi), withVariables("workResult", "เพิ่มกราฟแล้ว", "workResultLink", "https://drive.example/b.pdf"));
    complete(task(pi), withVariables(ProcessConstants.APPROVED, true, ProcessConstants.COMMENT, ""));

    assertThat(pi).isEnded();
    org.assertj.core.api.Assertions.assertThat(pi.getBusinessKey()).isEqualTo("assigned-work:2570:1");
  }
}
