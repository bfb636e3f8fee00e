package th.go.obec.me.guard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every process the guards of the catalogue without a line in its BPMN: the start guard
 * on each process definition, and the required-field check on each task completion and start-form
 * submission. The start guard is added after the BPMN's own start listeners, so that those may
 * set {@code fiscalYear} first (a timer start has no one to enter it).
 */
@Component
public class GuardPlugin implements ProcessEnginePlugin {

  private final ProcessStartGuard startGuard;

  public GuardPlugin(ProcessStartGuard startGuard) {
    this.startGuard = startGuard;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    RequiredFormFields requiredFields = new RequiredFormFields(configuration::getFormService,
        taskId -> fixedFormOf(configuration, taskId));
    configuration.setTaskService(new FormCheckingTaskService(requiredFields));
    configuration.setFormService(new FormCheckingFormService(requiredFields));

    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, startGuard);
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  /**
   * The form of a task that cannot change: a Camunda Form bound to the task's own deployment, named
   * by the process definition and the task's key; null for any other form. Only for a person who may
   * read the task (the same check as reading its form), so that nobody learns a form's fields from a
   * refusal before being refused the task.
   */
  static String fixedFormOf(ProcessEngineConfigurationImpl configuration, String taskId) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getProcessDefinitionId() == null || task.getTaskDefinition() == null) {
        return null;
      }
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkReadTask(task);
      }
      FormDefinition form = task.getTaskDefinition().getFormDefinition();
      if (form == null || form.getCamundaFormDefinitionKey() == null
          || !"deployment".equals(form.getCamundaFormDefinitionBinding())
          || form.getCamundaFormDefinitionKey().getExpressionText().contains("{")) {
        return null;
      }
      return task.getProcessDefinitionId() + "|" + task.getTaskDefinitionKey();
    });
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
  }
}
