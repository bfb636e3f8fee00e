package th.go.obec.me.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;

import th.go.obec.me.MeWorkflowApplication;

class AdminAccountCheckTest {

  @Test
  void startUpWithoutAnAdministratorSaysWhatToSet() {
    SpringApplication application = new SpringApplication(MeWorkflowApplication.class);
    Throwable failure = catchThrowable(() -> application.run(
        "--spring.main.web-application-type=none",
        "--spring.datasource.url=jdbc:h2:mem:no-admin;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.admin-user.id=",
        "--camunda.bpm.admin-user.password=",
        "--camunda.bpm.job-execution.enabled=false",
        "--logging.structured.format.console="));

    assertThat(failure).isNotNull();
    Throwable cause = failure;
    while (cause != null && !(cause instanceof AdminAccountCheck.MissingAdminAccountException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("root cause of %s", failure).isInstanceOf(AdminAccountCheck.MissingAdminAccountException.class);
    FailureAnalysis analysis = new MissingAdminAccountFailureAnalyzer().analyze(failure);
    assertThat(analysis.getAction()).contains("ADMIN_USER").contains("ADMIN_PASSWORD");
  }
}
