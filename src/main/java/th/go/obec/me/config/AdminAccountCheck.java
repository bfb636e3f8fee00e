package th.go.obec.me.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * Stops the start-up before the engine is built when no administrator is configured: there is
 * no built-in password, so the operator must set ADMIN_USER and ADMIN_PASSWORD.
 */
@Component
public class AdminAccountCheck extends AbstractProcessEnginePlugin {

  private final CamundaBpmProperties camunda;

  public AdminAccountCheck(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var admin = camunda.getAdminUser();
    if (admin == null || isBlank(admin.getId()) || isBlank(admin.getPassword())) {
      throw new MissingAdminAccountException();
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** Explained to the operator by {@link MissingAdminAccountFailureAnalyzer}. */
  public static class MissingAdminAccountException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public MissingAdminAccountException() {
      super("No administrator account: set the environment variables ADMIN_USER and ADMIN_PASSWORD");
    }
  }
}
