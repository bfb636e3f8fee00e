package th.go.obec.me.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.obec.me.support.ProcessEngineTest;
import th.go.obec.me.support.GuardCheckProcess;

class HistoryRetentionTest extends ProcessEngineTest {

  @Autowired
  HistoryRetention retention;

  @Test
  void everyProcessDefinitionGetsTheConfiguredTimeToLive() {
    String deployment = GuardCheckProcess.deploy(processEngine);
    try {
      retention.applyConfiguredTimeToLive();

      ProcessDefinition definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
          .deploymentId(deployment).singleResult();
      assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
    } finally {
      processEngine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void refusesAPeriodThatIsNotInDays() {
    assertThatThrownBy(() -> new HistoryRetention(processEngine.getRepositoryService(), "P10Y"))
        .hasMessageContaining("HISTORY_TTL");
  }
}
