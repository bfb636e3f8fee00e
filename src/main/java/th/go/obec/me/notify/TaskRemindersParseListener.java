package th.go.obec.me.notify;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every deployed process the built-in {@link TaskReminders} listener on
 * create and update, so that no BPMN has to name it.
 */
public class TaskRemindersParseListener extends AbstractBpmnParseListener {

  private final TaskReminders reminders;

  public TaskRemindersParseListener(TaskReminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      TaskDefinition task = userTask.getTaskDefinition();
      // not on complete or delete: a task that ends leaves its reminder job alone (issue 9)
      for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE)) {
        task.addBuiltInTaskListener(event, reminders);
      }
    }
  }
}
