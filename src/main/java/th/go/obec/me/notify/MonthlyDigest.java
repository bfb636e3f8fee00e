package th.go.obec.me.notify;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.calendar.ThaiDates;

/**
 * The monthly digest. One job {@code me-digest-<yyyy-MM>} ({@code me-monthly-digest}) per month,
 * due on the month's first working day at the digest time: it creates one message job per person
 * who has tasks due that month or overdue ({@code me-digest-message}, id
 * {@code me-dig-<yyyyMM>-<userId>}), one per administrator when there is something to report,
 * and the next month's digest job. Each person's message is then sent, retried and logged on its
 * own, so one bad address never holds up the others nor the next month.
 */
@Component
public class MonthlyDigest {

  private static final Logger LOG = LoggerFactory.getLogger(MonthlyDigest.class);

  private final NotifyProperties properties;
  private final NotifyCalendar calendar;
  private final Recipients recipients;
  private final Dispatcher dispatcher;
  private final NotifyLog log;

  public MonthlyDigest(NotifyProperties properties, NotifyCalendar calendar, Recipients recipients,
      Dispatcher dispatcher, NotifyLog log) {
    this.properties = properties;
    this.calendar = calendar;
    this.recipients = recipients;
    this.dispatcher = dispatcher;
    this.log = log;
  }

  public static String jobId(YearMonth month) {
    return "me-digest-" + month;
  }

  /** At startup: schedules the next digest unless a digest job exists (on any node) or it is off. */
  public void ensureScheduled(CommandContext context) {
    if (properties.enabled() && properties.digest().enabled() && context.getJobManager().findJobsByHandlerType(NotifyJobs.MONTHLY_DIGEST).isEmpty()) {
      scheduleNext(context, calendar.nextDigestMonth(ClockUtil.getCurrentTime()));
    }
  }

  private void scheduleNext(CommandContext context, YearMonth month) {
    NotifyJobs.createIfAbsent(context, jobId(month), NotifyJobs.MONTHLY_DIGEST, month.toString(),
        calendar.digestMoment(month), properties.attempts());
  }

  /** The tasks due up to the end of a month (which includes every overdue task). */
  private static Date endOf(YearMonth month) {
    return Date.from(month.plusMonths(1).atDay(1).atStartOfDay(FiscalCalendar.BANGKOK).toInstant());
  }

  private static TaskService taskService() {
    return Context.getProcessEngineConfiguration().getTaskService();
  }

  /** Handler of the month's digest job: fans out one job per person, then schedules next month. */
  @Component
  public static class ScheduleHandler implements JobHandler<NotifyJobs.Raw> {

    private final MonthlyDigest digest;

    public ScheduleHandler(MonthlyDigest digest) {
      this.digest = digest;
    }

    @Override
    public String getType() {
      return NotifyJobs.MONTHLY_DIGEST;
    }

    @Override
    public void execute(NotifyJobs.Raw configuration, ExecutionEntity execution, CommandContext context,
        String tenantId) {
      YearMonth month = YearMonth.parse(configuration.value());
      Date now = ClockUtil.getCurrentTime();
      if (digest.properties.enabled() && digest.properties.digest().enabled()) {
        TreeSet<String> people = new TreeSet<>();
        for (Task task : taskService().createTaskQuery().dueBefore(endOf(month)).list()) {
          digest.recipients.ofTask(task).forEach(person -> people.add(person.id()));
        }
        String ym = month.toString().replace("-", "");
        for (String userId : people) {
          NotifyJobs.createIfAbsent(context, "me-dig-" + ym + "-" + NotifyJobs.idPart(userId), NotifyJobs.DIGEST_MESSAGE,
              "PERSON|" + month + "|" + userId, now, digest.properties.attempts());
        }
        if (!digest.problems(month).isEmpty() || !failedJobs(context).isEmpty()) {
          for (Person admin : digest.recipients.members(digest.properties.adminGroup())) {
            NotifyJobs.createIfAbsent(context, "me-dig-" + ym + "-@" + NotifyJobs.idPart(admin.id()),
                NotifyJobs.DIGEST_MESSAGE, "ADMIN|" + month + "|" + admin.id(), now, digest.properties.attempts());
          }
        }
        LOG.info("Monthly digest {}: {} people", month, people.size());
      }
      YearMonth next = digest.calendar.nextDigestMonth(now);
      digest.scheduleNext(context, next.isAfter(month) ? next : month.plusMonths(1));
    }

    @Override
    public NotifyJobs.Raw newConfiguration(String canonicalString) {
      return new NotifyJobs.Raw(canonicalString);
    }

    @Override
    public void onDelete(NotifyJobs.Raw configuration, JobEntity jobEntity) {
    }
  }

  /** Handler of one person's digest (or one administrator's report). */
  @Component
  public static class MessageHandler implements JobHandler<NotifyJobs.Raw> {

    private final MonthlyDigest digest;

    public MessageHandler(MonthlyDigest digest) {
      this.digest = digest;
    }

    @Override
    public String getType() {
      return NotifyJobs.DIGEST_MESSAGE;
    }

    @Override
    public void execute(NotifyJobs.Raw configuration, ExecutionEntity execution, CommandContext context,
        String tenantId) {
      String[] parts = configuration.value().split("\\|", 3);
      YearMonth month = YearMonth.parse(parts[1]);
      Person person = digest.recipients.person(parts[2]);
      if (person == null) {
        return;
      }
      if ("ADMIN".equals(parts[0])) {
        digest.sendAdminReport(context, month, person);
      } else {
        digest.sendDigest(month, person);
      }
    }

    @Override
    public NotifyJobs.Raw newConfiguration(String canonicalString) {
      return new NotifyJobs.Raw(canonicalString);
    }

    @Override
    public void onDelete(NotifyJobs.Raw configuration, JobEntity jobEntity) {
    }
  }

  void sendDigest(YearMonth month, Person person) {
    Date now = ClockUtil.getCurrentTime();
    Map<String, Task> tasks = new LinkedHashMap<>();
    taskService().createTaskQuery().taskAssignee(person.id()).dueBefore(endOf(month)).list()
        .forEach(task -> tasks.put(task.getId(), task));
    taskService().createTaskQuery().taskCandidateUser(person.id()).dueBefore(endOf(month)).list()
        .forEach(task -> tasks.putIfAbsent(task.getId(), task));
    List<TaskSummary> overdue = new ArrayList<>();
    List<TaskSummary> dueThisMonth = new ArrayList<>();
    tasks.values().stream().sorted(Comparator.comparing(Task::getDueDate)).map(recipients::summary)
        .forEach(task -> (task.dueDate().before(now) ? overdue : dueThisMonth).add(task));
    if (overdue.isEmpty() && dueThisMonth.isEmpty()) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    Message message = Messages.digest(person, month, overdue, dueThisMonth, now);
    body.put("text", message.subject() + "\n" + message.text());
    body.put("event", "DIGEST");
    body.put("month", month.toString());
    body.put("recipient", Map.of("id", person.id(), "name", person.name()));
    body.put("overdue", overdue.stream().map(MonthlyDigest::taskFields).toList());
    body.put("dueThisMonth", dueThisMonth.stream().map(MonthlyDigest::taskFields).toList());
    dispatcher.send("DIGEST|" + month + "|" + person.id(), List.of(person), p -> message,
        new Dispatcher.ChatPost(person.id(), body));
  }

  void sendAdminReport(CommandContext context, YearMonth month, Person admin) {
    Message message = Messages.adminReport(admin, month, problems(month), failedJobs(context));
    dispatcher.send("ADMIN|" + month + "|" + admin.id(), List.of(admin), p -> message, null);
  }

  /** Failed sends and missing addresses since the previous digest. */
  List<NotifyLog.Entry> problems(YearMonth month) {
    return log.problemsSince(Date.from(month.minusMonths(1).atDay(1).atStartOfDay(FiscalCalendar.BANGKOK).toInstant()))
        .stream().filter(entry -> !entry.messageKey().startsWith("ADMIN|")).toList();
  }

  /** Notification jobs that used all their attempts (they have an incident). */
  static List<String> failedJobs(CommandContext context) {
    List<String> failed = new ArrayList<>();
    for (String type : NotifyJobs.TYPES) {
      for (Job job : context.getJobManager().findJobsByHandlerType(type)) {
        if (job.getRetries() == 0) {
          failed.add(job.getId() + ": " + job.getExceptionMessage());
        }
      }
    }
    return failed;
  }

  private static Map<String, String> taskFields(TaskSummary task) {
    return Map.of("taskId", task.id(), "taskName", task.name(), "processName", task.processName(),
        "dueDate", FiscalCalendar.toZoned(task.dueDate()).toLocalDate().toString(),
        "dueDateThai", ThaiDates.shortDate(task.dueDate()), "link", task.link());
  }
}
