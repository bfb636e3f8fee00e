package th.go.obec.me.guard;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every deployed process the start guard (after the BPMN's own start listeners, so those may
 * set {@code fiscalYear} first) and the release of its business key when it ends; every user task
 * the check that its assignee exists ({@link KnownAssignee}).
 */
public class ProcessGuardParseListener extends AbstractBpmnParseListener {

  private final ProcessStartGuard startGuard;
  private final RunningBusinessKeys runningKeys;
  private final KnownAssignee knownAssignee;

  public ProcessGuardParseListener(ProcessStartGuard startGuard, RunningBusinessKeys runningKeys,
      KnownAssignee knownAssignee) {
    this.startGuard = startGuard;
    this.runningKeys = runningKeys;
    this.knownAssignee = knownAssignee;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, startGuard);
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, runningKeys);
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, knownAssignee);
    }
  }
}
