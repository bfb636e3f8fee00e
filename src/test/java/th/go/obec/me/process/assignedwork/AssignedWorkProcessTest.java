package th.go.obec.me.process.assignedwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.Dates.bangkok;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.WorkingDays;
import th.go.obec.me.support.ProcessEngineTest;

/** assigned-work (catalogue 12) on H2. */
class AssignedWorkProcessTest extends ProcessEngineTest {

  /** Starts as the supervisor would in Tasklist: logged in, with the start form's fields. */
  ProcessInstance startAs(String supervisor, String group, Map<String, Object> extra) {
    processEngine.getIdentityService().setAuthentication(supervisor, List.of(group));
    try {
      Map<String, Object> variables = withVariables(ProcessConstants.FISCAL_YEAR, 2570,
          "workTitle", "สรุปข้อมูลนักเรียนออกกลางคัน");
      variables.putAll(extra);
      return processEngine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ASSIGNED_WORK, variables);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  void assign(ProcessInstance pi, String worker) {
    complete(task(pi), withVariables("workTitle", "สรุปข้อมูลนักเรียนออกกลางคัน",
        "workDescription", "สรุปจำนวนนักเรียนออกกลางคันรายโรงเรียน ปีการศึกษา 2569", ProcessConstants.WORKER, worker,
        ProcessConstants.WORK_DUE_DATE, "2026-12-15"));
  }

  void report(ProcessInstance pi) {
    complete(task(pi), withVariables("workResult", "สรุปแล้ว 120 โรงเรียน",
        "workResultLink", "https://drive.example/dropout.xlsx"));
  }

  @BeforeEach
  void inNovember() {
    clockAt(bangkok("2026-11-21T09:00"));
  }

  @Test
  void supervisorWhoStartsAssignsAPersonOfMonitoringOrPlanning() {
    ProcessInstance pi = startAs("somsak.p", "planning-head", Map.of());

    assertThat(pi).isWaitingAt("Task_AssignWork");
    assertThat(task(pi)).isAssignedTo("somsak.p").hasDueDate(WorkingDays.due(bangkok("2026-11-24T16:30")))
        .hasName("มอบหมายงาน: สรุปข้อมูลนักเรียนออกกลางคัน");
    String options = processEngine.getRuntimeService().getVariable(pi.getId(), "workerOptions").toString();
    assertThat(options).contains("somchai.j", "malee.r", "kanya.t").doesNotContain("wichai.s", "anan.w");
  }

  @Test
  void chosenPersonDoesTheWorkByTheChosenDateAndTheAssigningSupervisorAcceptsIt() {
    ProcessInstance pi = startAs("somsak.p", "planning-head", Map.of());
    assign(pi, "kanya.t");

    assertThat(pi).isWaitingAt("Task_DoWork");
    assertThat(task(pi)).isAssignedTo("kanya.t").hasDueDate(WorkingDays.due(bangkok("2026-12-15T16:30")));
    report(pi);

    assertThat(pi).isWaitingAt("Task_AcceptWork");
    assertThat(task(pi)).isAssignedTo("somsak.p").hasDueDate(WorkingDays.due(bangkok("2026-11-28T16:30")));
    complete(task(pi), withVariables(ProcessConstants.APPROVED, true, ProcessConstants.COMMENT, ""));

    assertThat(pi).isEnded().hasPassed("End_Accepted");
  }

  @Test
  void returnsTheWorkWithCommentUntilTheSupervisorAcceptsIt() {
    ProcessInstance pi = startAs("wichai.s", "director", Map.of());
    assertThat(task(pi)).isAssignedTo("wichai.s");
    assign(pi, "malee.r");
    report(pi);

    complete(task(pi), withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "แยกตามระดับชั้นด้วย"));
    assertThat(pi).isWaitingAt("Task_DoWork").variables().containsEntry(ProcessConstants.COMMENT, "แยกตามระดับชั้นด้วย");
    assertThat(task(pi)).isAssignedTo("malee.r");
    report(pi);
    complete(task(pi), withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "เพิ่มสาเหตุ"));
    assertThat(pi).isWaitingAt("Task_DoWork").variables().containsEntry(ProcessConstants.COMMENT, "เพิ่มสาเหตุ");
    report(pi);

    assertThat(task(pi)).isAssignedTo("wichai.s");
    complete(task(pi), withVariables(ProcessConstants.APPROVED, true, ProcessConstants.COMMENT, "ดีมาก"));
    assertThat(pi).isEnded();
  }

  @Test
  void numbersSeveralAssignedWorksOfTheSameYearInTheBusinessKey() {
    ProcessInstance first = startAs("somsak.p", "planning-head", Map.of());
    assign(first, "kanya.t");
    report(first);
    complete(task(first), withVariables(ProcessConstants.APPROVED, true, ProcessConstants.COMMENT, ""));
    ProcessInstance second = startAs("somsak.p", "planning-head", Map.of());
    ProcessInstance third = startAs("wichai.s", "director", Map.of());

    // numbers count every assigned work of the year, finished ones included (earlier tests too)
    int n = Integer.parseInt(first.getBusinessKey().substring("assigned-work:2570:".length()));
    assertThat(second.getBusinessKey()).isEqualTo("assigned-work:2570:" + (n + 1));
    assertThat(third.getBusinessKey()).isEqualTo("assigned-work:2570:" + (n + 2));
    assertThat(processEngine.getRuntimeService().getVariable(third.getId(), ProcessConstants.ROUND))
        .isEqualTo(String.valueOf(n + 2));
  }

  @Test
  void keepsAReferenceGivenByTheStarter() {
    ProcessInstance pi = startAs("somsak.p", "planning-head", Map.of(ProcessConstants.ROUND, "memo-15"));

    assertThat(pi.getBusinessKey()).isEqualTo("assigned-work:2570:memo-15");
  }
}
