package th.go.obec.me.guard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
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
    RequiredFormFields requiredFields = new RequiredFormFields(configuration::getFormService);
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

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
  }
}
