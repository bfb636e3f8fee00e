package th.go.obec.me.support;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * The small test process {@code guard-check} (src/test/resources/guard/: one draft task with its
 * form, a start form) that the guard, notify, filter and history tests run instead of an office
 * process, deployed the one way they all need.
 */
public final class GuardCheckProcess {

  public static final String KEY = "guard-check";

  private GuardCheckProcess() {
  }

  /**
   * Deploys guard-check with its draft task's form; returns the deployment id (to remove it again).
   * Without the start form, instances start from the API with any variables.
   */
  public static String deploy(ProcessEngine engine) {
    return engine.getRepositoryService().createDeployment().name(KEY)
        .addClasspathResource("guard/guard-check.bpmn")
        .addClasspathResource("guard/guard-check-draft.form")
        .deploy().getId();
  }

  /** Deploys guard-check with its draft form and its start form (the start form's fields checked). */
  public static String deployWithStartForm(ProcessEngine engine) {
    return engine.getRepositoryService().createDeployment().name(KEY)
        .addClasspathResource("guard/guard-check.bpmn")
        .addClasspathResource("guard/guard-check-draft.form")
        .addClasspathResource("guard/guard-check-start.form")
        .deploy().getId();
  }

  /** Deploys guard-check unless the engine (a context shared with other tests) already has it. */
  public static void deployOnce(ProcessEngine engine) {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      deploy(engine);
    }
  }
}
