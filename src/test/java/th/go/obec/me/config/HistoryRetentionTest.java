package th.go.obec.me.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

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
    // the check is the configuration's (HistoryProperties): the application does not start
    new ApplicationContextRunner().withUserConfiguration(HistoryPropertiesOnly.class)
        .withPropertyValues("me.history.time-to-live=P10Y")
        .run(context -> assertThatThrownBy(() -> context.getBean(HistoryProperties.class))
            .rootCause().hasMessageContaining("HISTORY_TTL"));
  }

  @EnableConfigurationProperties(HistoryProperties.class)
  static class HistoryPropertiesOnly {
  }
}
