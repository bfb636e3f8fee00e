package th.go.obec.me.process.policymonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static th.go.obec.me.support.Dates.at;
import static th.go.obec.me.support.Dates.FISCAL_YEAR;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.support.ProcessEngineTest;

/** An office like the one of manual 001: the monitoring unit does every step, one round in September. */
@TestPropertySource(properties = {
    "me.policy-monitoring.planning-group=monitoring",
    "me.policy-monitoring.round-months=9"})
class PolicyMonitoringConfigurationTest extends ProcessEngineTest {

  @Test
  void theConfiguredGroupStudiesAndPlansAndTheOnlyRoundIsSeptember() {
    clockAt(at(2026, 9, 15, 9, 0));
    ProcessInstance pi = PolicyMonitoringSteps.start();

    assertThat(task(pi)).hasDefinitionKey("Task_StudyPolicy").hasCandidateGroup(OfficeRole.MONITORING.id());
    PolicyMonitoringSteps.studyPolicy(pi);
    assertThat(task(pi)).hasDefinitionKey("Task_PreparePlan").hasCandidateGroup(OfficeRole.MONITORING.id());
    PolicyMonitoringSteps.preparePlan(pi);
    PolicyMonitoringSteps.prepareTools(pi);

    assertThat(job()).hasDueDate(fiscalCalendar.monthStart(FISCAL_YEAR, 9));
    clockAt(at(2027, 9, 1, 9, 0));
    executeDueJobs();
    PolicyMonitoringSteps.runRound(pi);

    assertThat(pi).isWaitingAt("Task_AnnualReport");
  }

  @Test
  void roundMonthsRunInFiscalYearOrder() {
    PolicyMonitoring settings = new PolicyMonitoring(new PolicyMonitoringProperties("planning", List.of(9, 3, 10, 3)));

    assertThat(settings.getRoundMonths()).containsExactly(10, 3, 9);
    assertThat(settings.roundName(3)).isEqualTo("รอบเดือนมีนาคม");
  }

  @Test
  void aMonthOutsideOneToTwelveIsRefused() {
    assertThatThrownBy(() -> new PolicyMonitoring(new PolicyMonitoringProperties("planning", List.of(13))))
        .hasMessageContaining("round-months");
  }
}
