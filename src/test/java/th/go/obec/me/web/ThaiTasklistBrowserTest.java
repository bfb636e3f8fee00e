package th.go.obec.me.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.BrowserSpec;
import th.go.obec.me.support.PostgresWebTest;

/**
 * The Thai web apps in a real browser: the running server on a real PostgreSQL, a staff member
 * who logs in to Tasklist, sees the Thai interface and filters, claims the first step of
 * strategy-evaluation, fills its Camunda Form in Thai and completes it; then the director who sees
 * the instance and its diagram in Cockpit. The browser part is src/test/browser/tasklist.spec.mjs
 * (Playwright driving Debian's Chromium); its screenshots are left in target/screenshots/.
 */
class ThaiTasklistBrowserTest extends PostgresWebTest {

  @Test
  void staffCompleteATaskInThaiAndTheDirectorSeesTheProcessInCockpit() throws Exception {
    BrowserSpec.requireChromium();
    init(engine);
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(
        ProcessConstants.STRATEGY_EVALUATION, Map.of(ProcessConstants.FISCAL_YEAR, 2570));
    assertThat(instance).isWaitingAt("Task_StudyStrategyFirstHalf");

    BrowserSpec.run("tasklist", Map.of(
        "baseUrl", baseUrl(),
        "staff", Map.of("id", "somchai.j", "password", "test-password"),
        "director", Map.of("id", "wichai.s", "password", "test-password"),
        "task", Map.of("name", "ศึกษา วิเคราะห์รายละเอียดตามแผนกลยุทธ์",
            "answers", Map.of("สรุปผลการศึกษา", "ศึกษากลยุทธ์ สพฐ. และตัวชี้วัดรอบแรกครบทุกด้าน",
                "ลิงก์เอกสารสรุป", "https://drive.example/strategy-2570")),
        "processDefinitionId", instance.getProcessDefinitionId(),
        "businessKey", "strategy-evaluation:2570"));
    assertThat(instance).hasPassed("Task_StudyStrategyFirstHalf");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("studySummary").singleResult().getValue())
        .isEqualTo("ศึกษากลยุทธ์ สพฐ. และตัวชี้วัดรอบแรกครบทุกด้าน");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_StudyStrategyFirstHalf").singleResult().getAssignee()).isEqualTo("somchai.j");
  }

  /**
   * Camunda Forms as a Thai office writes them (src/test/browser/thaiforms.spec.mjs): the
   * supervisor's assignment form of assigned-work shows Thai validation messages, takes a typed
   * BE date, shows Thai months and BE years in its calendar (and the holidays when the holiday
   * calendar answers), and the date picked is stored in the Christian era; a staff member starts
   * an E-MES round with a deadline typed in Thai digits; no Camunda 8 banner.
   */
  @Test
  void formsTakeAndShowBuddhistEraDatesInThai() throws Exception {
    BrowserSpec.requireChromium();
    init(engine);
    ProcessInstance assignment;
    try {
      // The supervisor starts it (camunda:initiator): the assignment task is his.
      engine.getIdentityService().setAuthentication("somsak.p", List.of("planning-head", "executives", "group-heads"));
      assignment = engine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ASSIGNED_WORK,
          Map.of(ProcessConstants.FISCAL_YEAR, 2570, "workTitle", "สรุปข้อมูลนักเรียนออกกลางคัน"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(assignment).isWaitingAt("Task_AssignWork");
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(assignment.getId()).singleResult().getId();

    BrowserSpec.run("thaiforms", Map.of(
        "baseUrl", baseUrl(),
        "supervisor", Map.of("id", "somsak.p", "password", "test-password"),
        "staff", Map.of("id", "somchai.j", "password", "test-password"),
        "admin", Map.of("id", "admin", "password", "test-admin-secret"),
        "assign", Map.of("taskId", taskId, "processInstanceId", assignment.getId(),
            "description", "รวบรวมข้อมูลนักเรียนออกกลางคันของทุกโรงเรียนในสังกัด", "workerName", "มาลี รักเรียน"),
        "emes", Map.of("round", "1", "businessKey", "emes-report:2570:1")));
    // What the server holds, in the Christian era: 15 ม.ค. 2570 picked, ๓๐/๐๙/๒๕๗๐ typed.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(assignment.getId())
        .variableName(ProcessConstants.WORK_DUE_DATE).singleResult().getValue()).isEqualTo("2027-01-15");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(assignment.getId())
        .taskDefinitionKey("Task_DoWork").singleResult().getAssignee()).isEqualTo("malee.r");
    ProcessInstance emes = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("emes-report:2570:1").singleResult();
    assertThat(engine.getRuntimeService().getVariable(emes.getId(), ProcessConstants.EXTERNAL_DEADLINE)).isEqualTo("2027-09-30");
  }
}
