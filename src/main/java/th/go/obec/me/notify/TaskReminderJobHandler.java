package th.go.obec.me.notify;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.calendar.ThaiDates;

/**
 * The reminder job of a task ({@code me-task-reminder}, configuration {@link ReminderSchedule}).
 * It is one job per task that moves itself from moment to moment: when it runs it reads its task,
 * and
 * <ul>
 * <li>if the task is gone (completed, deleted), its due date is no longer the job's, or a newer job
 * of the same task exists (its due date was changed, perhaps back again), the job simply ends:
 * the job of the current due date, inserted by the command that set it, does the rest;
 * <li>otherwise it sends every message whose moment has come (each once: {@link Dispatcher}) and
 * moves itself to the moment of the next message, or ends when none is left.
 * </ul>
 * The job is the only one to change or delete itself, so a person's command never meets a job the
 * job executor holds, and the job executor runs each job on one node at a time.
 */
@Component
public class TaskReminderJobHandler implements JobHandler<ReminderJobConfiguration> {

  private static final Logger LOG = LoggerFactory.getLogger(TaskReminderJobHandler.class);

  private final NotifyProperties properties;
  private final Recipients recipients;
  private final Dispatcher dispatcher;
  private final NotifyLog log;

  public TaskReminderJobHandler(NotifyProperties properties, Recipients recipients, Dispatcher dispatcher,
      NotifyLog log) {
    this.properties = properties;
    this.recipients = recipients;
    this.dispatcher = dispatcher;
    this.log = log;
  }

  @Override
  public String getType() {
    return NotifyJobs.TASK_REMINDER;
  }

  /** The message key of one message about a task and due date, as ME_NOTIFY_LOG and the mail header show it. */
  public static String messageKey(ReminderKind kind, String taskId, long due) {
    return kind.name() + "|" + taskId + "|" + due;
  }

  @Override
  public void execute(ReminderJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext,
      String tenantId) {
    if (configuration instanceof ReminderSchedule schedule) {
      executeSchedule(schedule, commandContext);
    } else if (configuration instanceof SingleReminder single) {
      executeSingle(single, commandContext);
    }
  }

  private void executeSchedule(ReminderSchedule schedule, CommandContext commandContext) {
    JobEntity job = commandContext.getCurrentJob();
    TaskEntity task = commandContext.getTaskManager().findTaskById(schedule.taskId());
    if (!properties.enabled() || task == null || task.getDueDate() == null
        || task.getDueDate().getTime() != schedule.due() || supersededByNewerJob(commandContext, task, schedule)) {
      LOG.debug("Reminder job {} ends: its task has ended or has another due date", job.getId());
      afterRun(commandContext, job::delete);
      return;
    }
    Date now = ClockUtil.getCurrentTime();
    List<ReminderKind> due = schedule.dueAt(now);
    send(task, schedule.due(), due, now);
    ReminderSchedule rest = schedule.without(due);
    if (rest.isEmpty()) {
      afterRun(commandContext, job::delete);
      return;
    }
    job.setJobHandlerConfiguration(rest);
    job.setDuedate(rest.next());
    job.setLockOwner(null);
    job.setLockExpirationTime(null);
    // after this handler the engine gives an ever-living job the history cleanup's retries; the
    // next moment gets a full set of attempts of its own
    int attempts = properties.attempts();
    afterRun(commandContext, () -> job.setRetries(attempts));
  }

  /**
   * Runs a last change to the job once the engine has finished with it (after the handler it
   * resets an ever-living job: retries, exception); a job is deleted only then, so that the
   * engine's reset does not meet a job, or an exception record, that is already deleted.
   */
  private static void afterRun(CommandContext commandContext, Runnable change) {
    commandContext.registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext context) {
        change.run();
      }

      @Override
      public void onCommandFailed(CommandContext context, Throwable t) {
        // the job's transaction rolls back: nothing to change
      }
    });
  }

  /**
   * Whether the task's due date was set again after this job's (by a later revision of the task):
   * then the later job is the one that counts, also when the date came back to this job's.
   */
  private static boolean supersededByNewerJob(CommandContext context, TaskEntity task, ReminderSchedule schedule) {
    if (task.getRevision() <= schedule.revision()) {
      return false;
    }
    Set<String> newer = new HashSet<>();
    for (int revision = schedule.revision() + 1; revision <= task.getRevision(); revision++) {
      newer.add(TaskReminders.jobId(task.getId(), revision));
    }
    JobQueryImpl query = new JobQueryImpl();
    query.jobIds(newer);
    return context.runWithoutAuthorization(() -> context.getJobManager().findJobCountByQueryCriteria(query)) > 0;
  }

  /** Sends the messages that are due, in order; a failed send fails the job (retried, sends only what is missing). */
  private void send(TaskEntity task, long due, List<ReminderKind> kinds, Date now) {
    if (kinds.isEmpty()) {
      return;
    }
    Recipients.TaskPeople people = recipients.ofTaskWithSummary(task);
    for (ReminderKind kind : kinds) {
      List<Person> to = switch (kind) {
        case BEFORE, DUE -> people.recipients();
        case OVERDUE_HEAD -> recipients.members(properties.escalation().headGroup());
        case OVERDUE_DIRECTOR -> recipients.members(properties.escalation().directorGroup());
      };
      String messageKey = messageKey(kind, task.getId(), due);
      TaskSummary summary = people.summary();
      if (to.isEmpty()) {
        LOG.warn("Nobody to tell about task {} ({}): {}", task.getId(), task.getName(), kind);
        log.noAddress(messageKey, "(nobody)", Messages.subject(kind, summary, now));
      }
      dispatcher.send(messageKey, to, person -> Messages.reminder(kind, summary, person, now),
          new Dispatcher.ChatPost("*", chatBody(kind, summary, to, now)));
    }
  }

  /** A job of the first design (one message job per message). */
  private void executeSingle(SingleReminder reminder, CommandContext commandContext) {
    TaskEntity task = commandContext.getTaskManager().findTaskById(reminder.taskId());
    long due = reminder.due();
    if (task == null || task.getDueDate() == null || task.getDueDate().getTime() != due || !properties.enabled()) {
      LOG.debug("Reminder {} no longer applies", reminder.toCanonicalString());
      return;
    }
    send(task, due, List.of(reminder.kind()), ClockUtil.getCurrentTime());
  }

  static Map<String, Object> chatBody(ReminderKind kind, TaskSummary task, List<Person> people, Date now) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", Messages.reminderChat(kind, task, people, now));
    body.put("event", kind.name());
    body.put("taskId", task.id());
    body.put("taskName", task.name());
    body.put("processName", task.processName());
    body.put("dueDate", FiscalCalendar.toZoned(task.dueDate()).toLocalDate().toString());
    body.put("dueDateThai", ThaiDates.shortDate(task.dueDate()));
    body.put("holder", task.holder());
    body.put("link", task.link());
    List<Map<String, String>> to = new ArrayList<>();
    people.forEach(person -> to.add(Map.of("id", person.id(), "name", person.name())));
    body.put("recipients", to);
    return body;
  }

  @Override
  public ReminderJobConfiguration newConfiguration(String canonicalString) {
    return ReminderJobConfiguration.parse(canonicalString);
  }

  @Override
  public void onDelete(ReminderJobConfiguration configuration, JobEntity jobEntity) {
  }
}
