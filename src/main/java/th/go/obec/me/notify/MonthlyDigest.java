package th.go.obec.me.notify;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.calendar.ThaiDates;
import th.go.obec.me.engine.Unrestricted;

/**
 * The monthly digest: when the month's job is due, who gets a digest, what each lists and the
 * sending. One job {@code me-digest-<yyyy-MM>} per month ({@link DigestJobHandler}), due on the
 * month's first working day at the digest time, creates one message job per person who has tasks
 * due that month or overdue, one per administrator when there is something to report
 * ({@link DigestMessageJobHandler}), and the next month's digest job. Each person's message is
 * then sent, retried and logged on its own, so one bad address never holds up the others nor the
 * next month.
 */
@Component
public class MonthlyDigest {

  private final NotifyProperties properties;
  private final NotifyCalendar calendar;
  private final Recipients recipients;
  private final Dispatcher dispatcher;
  private final NotifyLog log;
  private final JdbcTemplate jdbc;
  private final TasklistLinks links;

  public MonthlyDigest(NotifyProperties properties, NotifyCalendar calendar, Recipients recipients,
      Dispatcher dispatcher, NotifyLog log, DataSource dataSource, TasklistLinks links) {
    this.links = links;
    this.properties = properties;
    this.calendar = calendar;
    this.recipients = recipients;
    this.dispatcher = dispatcher;
    this.log = log;
    // inside a job the engine's transaction is Spring's: these reads use the job's own connection
    this.jdbc = new JdbcTemplate(dataSource);
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

  void scheduleNext(CommandContext context, YearMonth month) {
    NotifyJobs.createIfAbsent(context, jobId(month), NotifyJobs.MONTHLY_DIGEST, new DigestMonth(month),
        calendar.digestMoment(month), properties.attempts());
  }

  /** The tasks due up to the end of a month (which includes every overdue task). */
  static Date endOf(YearMonth month) {
    return Date.from(month.plusMonths(1).atDay(1).atStartOfDay(FiscalCalendar.BANGKOK).toInstant());
  }

  /**
   * Everyone who holds or may claim a task due before a moment: the assignees, and of the
   * unclaimed tasks the candidate users and the members of the candidate groups. A few queries
   * whatever the number of tasks (one per distinct candidate group), not a few per task.
   */
  TreeSet<String> peopleWithTasksDueBefore(Date end) {
    String prefix = tablePrefix();
    Timestamp before = new Timestamp(end.getTime());
    TreeSet<String> ids = new TreeSet<>(jdbc.queryForList("SELECT DISTINCT ASSIGNEE_ FROM " + prefix
        + "ACT_RU_TASK WHERE DUE_DATE_ < ? AND ASSIGNEE_ IS NOT NULL", String.class, before));
    Set<String> groups = new TreeSet<>();
    jdbc.query("SELECT DISTINCT L.USER_ID_, L.GROUP_ID_ FROM " + prefix + "ACT_RU_IDENTITYLINK L JOIN " + prefix
        + "ACT_RU_TASK T ON T.ID_ = L.TASK_ID_ WHERE T.DUE_DATE_ < ? AND T.ASSIGNEE_ IS NULL AND L.TYPE_ = ?",
        (ResultSet rs) -> {
          if (rs.getString(1) != null) {
            ids.add(rs.getString(1));
          }
          if (rs.getString(2) != null) {
            groups.add(rs.getString(2));
          }
        }, before, IdentityLinkType.CANDIDATE);
    groups.forEach(group -> recipients.members(group).forEach(person -> ids.add(person.id())));
    return new TreeSet<>(recipients.people(ids).keySet());
  }

  /**
   * The tasks of one person due before a moment (assigned to them, or unclaimed with them or one
   * of their groups as candidate), due date first, with who holds each: one query for the tasks
   * and their candidates, one for the people named, one for the person's groups.
   */
  Listing tasksOf(Person person, Date end, Date now, int limit) {
    String prefix = tablePrefix();
    List<String> groups = Unrestricted.query(() -> Context.getProcessEngineConfiguration().getIdentityService()
        .createGroupQuery().groupMember(person.id()).list()).stream().map(Group::getId).toList();
    List<Object> arguments = new ArrayList<>(List.of(IdentityLinkType.CANDIDATE, new Timestamp(end.getTime()),
        person.id(), IdentityLinkType.CANDIDATE, person.id()));
    arguments.addAll(groups);
    String inGroups = groups.isEmpty() ? "" : " OR C.GROUP_ID_ IN (" + String.join(",", groups.stream().map(g -> "?").toList()) + ")";
    Map<String, Object[]> rows = new LinkedHashMap<>();
    Map<String, List<String[]>> candidates = new LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    int[] overdueAndDue = new int[2];
    jdbc.query("SELECT T.ID_, T.NAME_, T.DUE_DATE_, T.ASSIGNEE_, T.PROC_DEF_ID_, L.USER_ID_, L.GROUP_ID_ FROM "
        + prefix + "ACT_RU_TASK T LEFT JOIN " + prefix + "ACT_RU_IDENTITYLINK L ON L.TASK_ID_ = T.ID_"
        + " AND T.ASSIGNEE_ IS NULL AND L.TYPE_ = ? WHERE T.DUE_DATE_ < ? AND (T.ASSIGNEE_ = ? OR (T.ASSIGNEE_ IS NULL"
        + " AND EXISTS (SELECT 1 FROM " + prefix + "ACT_RU_IDENTITYLINK C WHERE C.TASK_ID_ = T.ID_ AND C.TYPE_ = ?"
        + " AND (C.USER_ID_ = ?" + inGroups + "))))"
        + " ORDER BY T.DUE_DATE_, T.ID_, L.GROUP_ID_, L.USER_ID_",
        (ResultSet rs) -> {
          String id = rs.getString(1);
          if (seen.add(id)) {
            // tasks come due date first: the first `limit` of each part are listed, the rest counted
            Date due = new Date(rs.getTimestamp(3).getTime());
            int part = due.before(now) ? 0 : 1;
            if (overdueAndDue[part]++ < limit) {
              rows.put(id, new Object[] {rs.getString(2), due, rs.getString(4), rs.getString(5)});
            }
          }
          if (rows.containsKey(id) && (rs.getString(6) != null || rs.getString(7) != null)) {
            candidates.computeIfAbsent(id, key -> new ArrayList<>()).add(new String[] {rs.getString(6), rs.getString(7)});
          }
        }, arguments.toArray());
    List<String> named = new ArrayList<>();
    rows.values().forEach(row -> {
      if (row[2] != null) {
        named.add((String) row[2]);
      }
    });
    candidates.values().forEach(links -> links.forEach(link -> {
      if (link[0] != null) {
        named.add(link[0]);
      }
    }));
    Map<String, Person> people = recipients.people(named);
    Map<String, String> groupNames = new HashMap<>();
    Map<String, String> processNames = new HashMap<>();
    List<TaskSummary> tasks = new ArrayList<>();
    rows.forEach((id, row) -> {
      String holder;
      if (row[2] != null) {
        Person assignee = people.get((String) row[2]);
        holder = assignee == null ? (String) row[2] : assignee.name();
      } else {
        List<String> names = new ArrayList<>();
        for (String[] link : candidates.getOrDefault(id, List.of())) {
          if (link[1] != null) {
            names.add(groupNames.computeIfAbsent(link[1], recipients::groupName));
          } else {
            Person candidate = people.get(link[0]);
            names.add(candidate == null ? link[0] : candidate.name());
          }
        }
        holder = Recipients.unclaimed(names);
      }
      String processName = row[3] == null ? "-"
          : processNames.computeIfAbsent((String) row[3], Recipients::processName);
      tasks.add(new TaskSummary(id, (String) row[0], processName, (Date) row[1], holder, links.task(id)));
    });
    List<TaskSummary> overdue = tasks.stream().filter(task -> task.dueDate().before(now)).toList();
    List<TaskSummary> dueThisMonth = tasks.stream().filter(task -> !task.dueDate().before(now)).toList();
    return new Listing(overdue, overdueAndDue[0], dueThisMonth, overdueAndDue[1]);
  }

  /** A person's tasks for the digest: the first ones of each part, and how many there are in all. */
  record Listing(List<TaskSummary> overdue, int overdueTotal, List<TaskSummary> dueThisMonth, int dueTotal) {
  }

  private static String tablePrefix() {
    String prefix = Context.getProcessEngineConfiguration().getDatabaseTablePrefix();
    return prefix == null ? "" : prefix;
  }

  void sendDigest(YearMonth month, Person person) {
    Date now = ClockUtil.getCurrentTime();
    Listing listing = tasksOf(person, endOf(month), now, properties.digest().maxListed());
    List<TaskSummary> overdue = listing.overdue();
    List<TaskSummary> dueThisMonth = listing.dueThisMonth();
    if (overdue.isEmpty() && dueThisMonth.isEmpty()) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    Message message = Messages.digest(person, month, listing.overdue(), listing.overdueTotal(), listing.dueThisMonth(),
        listing.dueTotal(), links.tasklist(), now);
    body.put("text", message.subject() + "\n" + message.text());
    body.put("event", "DIGEST");
    body.put("month", month.toString());
    body.put("recipient", Map.of("id", person.id(), "name", person.name()));
    body.put("overdue", overdue.stream().map(MonthlyDigest::taskFields).toList());
    body.put("dueThisMonth", dueThisMonth.stream().map(MonthlyDigest::taskFields).toList());
    body.put("overdueCount", listing.overdueTotal());
    body.put("dueThisMonthCount", listing.dueTotal());
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
    // only the jobs without retries (few), not every reminder job of every open task
    JobQueryImpl query = new JobQueryImpl();
    query.noRetriesLeft();
    List<String> failed = new ArrayList<>();
    for (Job job : context.runWithoutAuthorization(
        () -> context.getJobManager().findJobsByQueryCriteria(query, new Page(0, 10_000)))) {
      if (NotifyJobs.TYPES.contains(((JobEntity) job).getJobHandlerType())) {
        failed.add(job.getId() + ": " + job.getExceptionMessage());
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
