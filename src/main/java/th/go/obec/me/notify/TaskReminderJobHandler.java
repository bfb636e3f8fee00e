package th.go.obec.me.notify;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
 * Sends one reminder or escalation ({@code me-task-reminder}, configuration
 * {@code KIND|taskId|dueMillis}). A job whose task has ended or whose due date has moved since
 * does nothing (its successor is scheduled for the new date).
 */
@Component
public class TaskReminderJobHandler implements JobHandler<NotifyJobs.Raw> {

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

  @Override
  public void execute(NotifyJobs.Raw configuration, ExecutionEntity execution, CommandContext commandContext,
      String tenantId) {
    String[] parts = configuration.value().split("\\|");
    ReminderKind kind = ReminderKind.valueOf(parts[0]);
    String taskId = parts[1];
    long due = Long.parseLong(parts[2]);
    TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
    if (task == null || task.getDueDate() == null || task.getDueDate().getTime() != due || !properties.enabled()) {
      LOG.debug("Reminder {} no longer applies", configuration.value());
      return;
    }
    Date now = ClockUtil.getCurrentTime();
    TaskSummary summary = recipients.summary(task);
    List<Person> people = switch (kind) {
      case BEFORE, DUE -> recipients.ofTask(task);
      case OVERDUE_HEAD -> recipients.members(properties.escalation().headGroup());
      case OVERDUE_DIRECTOR -> recipients.members(properties.escalation().directorGroup());
    };
    String messageKey = configuration.value();
    if (people.isEmpty()) {
      LOG.warn("Nobody to tell about task {} ({}): {}", taskId, task.getName(), kind);
      log.noAddress(messageKey, "(nobody)", Messages.subject(kind, summary, now));
    }
    dispatcher.send(messageKey, people, person -> Messages.reminder(kind, summary, person, now),
        new Dispatcher.ChatPost("*", chatBody(kind, summary, people, now)));
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
  public NotifyJobs.Raw newConfiguration(String canonicalString) {
    return new NotifyJobs.Raw(canonicalString);
  }

  @Override
  public void onDelete(NotifyJobs.Raw configuration, JobEntity jobEntity) {
  }
}
