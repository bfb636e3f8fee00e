package th.go.obec.me.notify;

import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The built-in task listener every user task gets ({@link NotifyPlugin}): when a task is created,
 * when its due date changes, and when it is completed or deleted, its reminder jobs are brought
 * in line with its due date at the end of the engine command (so that a due date a later
 * listener sets in the same command counts). One job per {@link ReminderKind}, id
 * {@code me-rem-<taskId>-<B|D|H|X>}, configuration {@code KIND|taskId|dueMillis}.
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
    if (EVENTNAME_UPDATE.equals(delegateTask.getEventName())
        && !task.getPropertyChanges().containsKey(TaskEntity.DUE_DATE)) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      context.registerCommandContextListener(new Sync(task));
    }
  }

  public static String jobId(String taskId, ReminderKind kind) {
    return "me-rem-" + NotifyJobs.idPart(taskId) + "-" + kind.code();
  }

  /** Creates, moves or deletes the task's reminder jobs to match its due date (none once it ended). */
  void sync(CommandContext context, TaskEntity task) {
    Date due = task.getDueDate();
    Map<ReminderKind, Date> moments = task.isDeleted() || due == null || !properties.enabled()
        ? Map.of() : calendar.reminderMoments(due, ClockUtil.getCurrentTime());
    for (ReminderKind kind : ReminderKind.values()) {
      String id = jobId(task.getId(), kind);
      JobEntity existing = NotifyJobs.find(context, id);
      Date at = moments.get(kind);
      if (at == null) {
        if (existing != null) {
          existing.delete();
        }
        continue;
      }
      String configuration = kind.name() + "|" + task.getId() + "|" + due.getTime();
      if (existing == null) {
        NotifyJobs.create(context, id, NotifyJobs.TASK_REMINDER, configuration, at, properties.attempts(),
            task.getTenantId());
      } else if (!configuration.equals(existing.getJobHandlerConfigurationRaw())) {
        NotifyJobs.reschedule(existing, configuration, at, properties.attempts());
      }
    }
  }

  /** Runs {@link #sync} once per task when the command that changed it closes. */
  private final class Sync implements CommandContextListener {

    private final TaskEntity task;

    Sync(TaskEntity task) {
      this.task = task;
    }

    @Override
    public void onCommandContextClose(CommandContext commandContext) {
      sync(commandContext, task);
    }

    @Override
    public void onCommandFailed(CommandContext commandContext, Throwable t) {
      // the command's changes roll back, and so do ours
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
