package th.go.obec.me.notify;

import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The built-in task listener every user task gets ({@link NotifyPlugin}, on create and update):
 * when a task is created, or its due date changes, it inserts ONE reminder job for that due date
 * ({@link ReminderSchedule}: every message still to come and its moment), at the end of the
 * engine command (so that a due date a later listener sets in the same command counts).
 *
 * <p>It only ever inserts. The person's transaction (complete, delete, a new due date) never
 * updates or deletes a reminder job, because the job executor may hold that job at this very
 * moment and the person's command would then fail on it (issue 9). Instead the job checks its task
 * when it runs ({@link TaskReminderJobHandler}): a task that is gone, or whose due date is no longer
 * the job's, ends the job; a newer job of the same task wins. The id
 * {@code me-rem-<taskId>-<revision>} carries the task revision that set the due date, so two due
 * date changes never make the same id, even when a due date moves back to an earlier value.
 */
@Component
public class TaskReminders implements TaskListener {

  private final NotifyProperties properties;
  private final NotifyCalendar calendar;

  public TaskReminders(NotifyProperties properties, NotifyCalendar calendar) {
    this.properties = properties;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask delegateTask) {
    TaskEntity task = (TaskEntity) delegateTask;
    boolean created = EVENTNAME_CREATE.equals(delegateTask.getEventName());
    PropertyChange dueChange = task.getPropertyChanges().get(TaskEntity.DUE_DATE);
    if (!created && (!EVENTNAME_UPDATE.equals(delegateTask.getEventName()) || dueChange == null)) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      context.registerCommandContextListener(new Sync(task, created,
          created || dueChange == null ? null : (Date) dueChange.getOrgValue()));
    }
  }

  /** The id of the reminder job a task got when the command that left it at this revision set its due date. */
  public static String jobId(String taskId, int revision) {
    return jobIdPrefix(taskId) + revision;
  }

  /** Every reminder job id of a task starts with this. */
  public static String jobIdPrefix(String taskId) {
    return "me-rem-" + NotifyJobs.idPart(taskId) + "-";
  }

  /** Inserts the job for the task's (new) due date; nothing when it has none or the date did not change. */
  void sync(CommandContext context, TaskEntity task, boolean created, Date previousDue) {
    Date due = task.getDueDate();
    if (task.isDeleted() || due == null || !properties.enabled()
        || (!created && previousDue != null && previousDue.getTime() == due.getTime())) {
      return;
    }
    Map<ReminderKind, Date> moments = calendar.reminderMoments(due, ClockUtil.getCurrentTime());
    if (moments.isEmpty()) {
      return;
    }
    // an insert writes revision 1; an update writes the revision after the one read
    int revision = created ? 1 : task.getRevisionNext();
    ReminderSchedule schedule = ReminderSchedule.of(task.getId(), due, revision, moments);
    NotifyJobs.createEverLiving(context, jobId(task.getId(), revision), NotifyJobs.TASK_REMINDER, schedule,
        schedule.next(), properties.attempts(), task.getTenantId());
  }

  /** Runs {@link #sync} once per task when the command that changed it closes. */
  private final class Sync implements CommandContextListener {

    private final TaskEntity task;
    private final boolean created;
    private final Date previousDue;

    Sync(TaskEntity task, boolean created, Date previousDue) {
      this.task = task;
      this.created = created;
      this.previousDue = previousDue;
    }

    @Override
    public void onCommandContextClose(CommandContext commandContext) {
      sync(commandContext, task, created, previousDue);
    }

    @Override
    public void onCommandFailed(CommandContext commandContext, Throwable t) {
      // the command's changes roll back, and so does our insert
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Sync sync && Objects.equals(sync.task.getId(), task.getId());
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(task.getId());
    }
  }
}
