package th.go.obec.me.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into a start-up message that says exactly what to set. */
public class MissingAdminAccountFailureAnalyzer
    extends AbstractFailureAnalyzer<AdminAccountCheck.MissingAdminAccountException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdminAccountCheck.MissingAdminAccountException cause) {
    return new FailureAnalysis(
        "No administrator account is configured, and this server has no built-in password.",
        "Set the environment variables ADMIN_USER and ADMIN_PASSWORD (the administrator's user id and"
            + " password), or start with the demo profile (--spring.profiles.active=demo) to try a"
            + " fictional office.",
        cause);
  }
}
