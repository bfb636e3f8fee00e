package th.go.obec.me.process.policymonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static th.go.obec.me.support.Dates.FISCAL_YEAR;
import static th.go.obec.me.support.Dates.at;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.support.ProcessEngineTest;

class PolicyMonitoringProcessTest extends ProcessEngineTest {

  @BeforeEach
  void septemberBeforeTheFiscalYear() {
    clockAt(at(2026, 9, 15, 9, 0));
  }

  @Test
  void planningStudiesAndPlansThenMonitoringPreparesTheToolsWithTheManualsMonths() {
    ProcessInstance pi = PolicyMonitoringSteps.start();

    assertThat(pi).isWaitingAt("Task_StudyPolicy");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.PLANNING.id()).hasDueDate(fiscalCalendar.monthEnd(FISCAL_YEAR, 10));
    assertThat(pi.getBusinessKey()).isEqualTo("policy-monitoring:2570");
    PolicyMonitoringSteps.studyPolicy(pi);

    assertThat(task(pi)).hasDefinitionKey("Task_PreparePlan").hasCandidateGroup(OfficeRole.PLANNING.id())
        .hasDueDate(fiscalCalendar.monthEnd(FISCAL_YEAR, 11));
    PolicyMonitoringSteps.preparePlan(pi);

    assertThat(task(pi)).hasDefinitionKey("Task_PrepareTools").hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(fiscalCalendar.monthEnd(FISCAL_YEAR, 11));
    PolicyMonitoringSteps.prepareTools(pi);

    assertThat(pi).isWaitingAt("Timer_RoundMonth");
    assertThat(job()).hasDueDate(fiscalCalendar.monthStart(FISCAL_YEAR, 3));
  }

  @Test
  void runsTheMarchAndSeptemberRoundsThenTheAnnualReport() {
    ProcessInstance pi = startAndPrepare();

    clockAt(at(2027, 2, 28, 12, 0));
    executeDueJobs();
    assertThat(pi).isWaitingAt("Timer_RoundMonth");
    clockAt(at(2027, 3, 1, 8, 31));
    executeDueJobs();

    assertThat(pi).isWaitingAt("Task_CollectProgress");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(fiscalCalendar.monthEnd(FISCAL_YEAR, 3))
        .hasName("รวบรวมข้อมูลความก้าวหน้าตามเครื่องมือกำกับ ติดตาม (รอบเดือนมีนาคม)");
    PolicyMonitoringSteps.collectProgress(pi, "รอบมีนาคม");
    assertThat(task(pi)).hasDefinitionKey("Task_PresentRoundReport").hasCandidateGroup(OfficeRole.MONITORING.id());
    PolicyMonitoringSteps.presentRoundReport(pi);
    assertThat(task(pi)).hasDefinitionKey("Task_ReviewRoundReport").hasCandidateGroup(OfficeRole.DIRECTOR.id())
        .hasDueDate(fiscalCalendar.monthEnd(FISCAL_YEAR, 3));
    PolicyMonitoringSteps.reviewRoundReport(pi, true, "ให้เร่งรัดโครงการที่ยังไม่เริ่ม");
    assertThat(task(pi)).hasDefinitionKey("Task_NotifyImprovements").hasCandidateGroup(OfficeRole.MONITORING.id());
    assertThat(taskService().getVariable(task(pi).getId(), ProcessConstants.COMMENT)).isEqualTo("ให้เร่งรัดโครงการที่ยังไม่เริ่ม");
    PolicyMonitoringSteps.notifyImprovements(pi);

    assertThat(pi).isWaitingAt("Timer_RoundMonth");
    assertThat(job()).hasDueDate(fiscalCalendar.monthStart(FISCAL_YEAR, 9));
    clockAt(at(2027, 9, 1, 9, 0));
    executeDueJobs();
    assertThat(task(pi)).hasName("รวบรวมข้อมูลความก้าวหน้าตามเครื่องมือกำกับ ติดตาม (รอบเดือนกันยายน)")
        .hasDueDate(fiscalCalendar.monthEnd(FISCAL_YEAR, 9));
    PolicyMonitoringSteps.runRound(pi);

    assertThat(pi).isWaitingAt("Task_AnnualReport");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(fiscalCalendar.monthEnd(FISCAL_YEAR, 9));
    PolicyMonitoringSteps.annualReport(pi);

    assertThat(pi).hasPassed("Task_CollectProgress", "Task_PresentRoundReport", "Task_ReviewRoundReport",
        "Task_NotifyImprovements", "Task_AnnualReport").isEnded();
  }

  @Test
  void returnsTheRoundReportWithTheCommentWhenTheDirectorDoesNotApprove() {
    ProcessInstance pi = startAndPrepare();
    clockAt(at(2027, 3, 2, 9, 0));
    executeDueJobs();
    PolicyMonitoringSteps.collectProgress(pi, "รอบมีนาคม");
    PolicyMonitoringSteps.presentRoundReport(pi);

    PolicyMonitoringSteps.reviewRoundReport(pi, false, "เพิ่มข้อมูลงบประมาณที่ใช้จริง");

    Task returned = task(pi);
    assertThat(returned).hasDefinitionKey("Task_PresentRoundReport").hasCandidateGroup(OfficeRole.MONITORING.id());
    assertThat(taskService().getVariable(returned.getId(), ProcessConstants.COMMENT)).isEqualTo("เพิ่มข้อมูลงบประมาณที่ใช้จริง");

    PolicyMonitoringSteps.presentRoundReport(pi);
    PolicyMonitoringSteps.reviewRoundReport(pi, false, "ยังขาดปัญหาอุปสรรค");
    assertThat(taskService().getVariable(task(pi).getId(), ProcessConstants.COMMENT)).isEqualTo("ยังขาดปัญหาอุปสรรค");
    PolicyMonitoringSteps.presentRoundReport(pi);
    PolicyMonitoringSteps.reviewRoundReport(pi, true, "");

    assertThat(pi).isWaitingAt("Task_NotifyImprovements");
  }

  @Test
  void eachRoundStartsWithItsOwnEmptyDataAndComment() {
    ProcessInstance pi = startAndPrepare();
    clockAt(at(2027, 3, 2, 9, 0));
    executeDueJobs();
    PolicyMonitoringSteps.collectProgress(pi, "รอบมีนาคม");
    PolicyMonitoringSteps.presentRoundReport(pi);
    PolicyMonitoringSteps.reviewRoundReport(pi, false, "แก้ไขรอบมีนาคม");
    PolicyMonitoringSteps.presentRoundReport(pi);
    PolicyMonitoringSteps.reviewRoundReport(pi, true, "เห็นชอบรอบมีนาคม");
    PolicyMonitoringSteps.notifyImprovements(pi);

    clockAt(at(2027, 9, 1, 9, 0));
    executeDueJobs();
    Task september = task(pi);
    assertThat(taskService().getVariable(september.getId(), "progressSummary")).isNull();
    assertThat(taskService().getVariable(september.getId(), ProcessConstants.COMMENT)).isNull();
    assertThat(taskService().getVariable(september.getId(), ProcessConstants.ROUND_MONTH)).isEqualTo(9);
  }

  @Test
  void aRoundWhoseMonthHasPassedStartsAtOnce() {
    clockAt(at(2027, 3, 20, 9, 0));
    ProcessInstance pi = PolicyMonitoringSteps.start();
    PolicyMonitoringSteps.studyPolicy(pi);
    PolicyMonitoringSteps.preparePlan(pi);
    PolicyMonitoringSteps.prepareTools(pi);

    assertThat(pi).isWaitingAt("Timer_RoundMonth");
    executeDueJobs();

    assertThat(pi).isWaitingAt("Task_CollectProgress");
  }

  private ProcessInstance startAndPrepare() {
    ProcessInstance pi = PolicyMonitoringSteps.start();
    PolicyMonitoringSteps.studyPolicy(pi);
    PolicyMonitoringSteps.preparePlan(pi);
    PolicyMonitoringSteps.prepareTools(pi);
    return pi;
  }
}
