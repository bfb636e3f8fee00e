package th.go.obec.me.guard;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every deployed process the start guard (after the BPMN's own start listeners, so those may
 * set {@code fiscalYear} first) and the release of its business key when it ends.
 */
public class ProcessGuardParseListener extends AbstractBpmnParseListener {

  private final ProcessStartGuard startGuard;
  private final RunningBusinessKeys runningKeys;

  public ProcessGuardParseListener(ProcessStartGuard startGuard, RunningBusinessKeys runningKeys) {
    this.startGuard = startGuard;
    this.runningKeys = runningKeys;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, startGuard);
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, runningKeys);
  }
}
