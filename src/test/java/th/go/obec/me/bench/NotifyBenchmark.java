package th.go.obec.me.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import jakarta.mail.internet.MimeMessage;
import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.notify.MonthlyDigest;
import th.go.obec.me.notify.NotifyCalendar;
import th.go.obec.me.notify.NotifyServers;
import th.go.obec.me.notify.ReminderKind;
import th.go.obec.me.support.PostgresApplication;

/**
 * Issue 13, figures 3 and 4: reminders and the monthly digest at scale, on a real PostgreSQL with
 * the whole application and its job executor as configured in application.yaml (nothing tuned
 * here), e-mail to a local SMTP sink (GreenMail).
 * <ol>
 * <li>{@value #REMINDERS_DEFAULT} reminders due in the same minute: the time from their moment until
 * every one has been received by the SMTP server, each exactly once;
 * <li>the monthly digest with {@value #OPEN_TASKS_DEFAULT} open tasks spread over the office's roles
 * and people: the time from its moment until every person's digest has been received.
 * </ol>
 * Not in the test command: {@code mvn -B -Pbench verify -Dtest=NotifyBenchmark} (smaller runs:
 * {@code -Dbench.reminders=1000 -Dbench.openTasks=10000}). {@link #measure()} returns the table rows
 * so that another runner can print them in its own table.
 */
public class NotifyBenchmark {

  static final int REMINDERS_DEFAULT = 10_000;
  static final int OPEN_TASKS_DEFAULT = 100_000;
  static final long REMINDERS_TARGET_SECONDS = 120;
  static final long DIGEST_TARGET_SECONDS = 60;

  private static final Date REMINDER_TASKS_DUE = at("2026-12-23T16:30");

  private static final List<String> PEOPLE = List.of("wichai.s", "pranee.k", "somsak.p", "somchai.j", "malee.r",
      "kanya.t", "anan.w", "suda.m", "napa.c");
  private static final List<String> ROLES = List.of("monitoring", "planning", "planning-head", "director",
      "executives", "me-committee", "group-heads", "indicator-owners", "project-owners");

  /** One row of the benchmark table. */
  public record Row(String figure, String value, String target, boolean met) {

    @Override
    public String toString() {
      return "| " + figure + " | " + value + " | " + target + " |";
    }
  }

  @Test
  void remindersAndDigestAtScale() throws Exception {
    List<Row> rows = measure();
    System.out.println("| figure | value | target |");
    System.out.println("|---|---|---|");
    rows.forEach(System.out::println);
    assertThat(rows).allSatisfy(row -> assertThat(row.met()).as(row.figure()).isTrue());
  }

  /** Starts PostgreSQL and the application, fills it, measures both figures and stops again. */
  public static List<Row> measure() throws Exception {
    int reminders = Integer.getInteger("bench.reminders", REMINDERS_DEFAULT);
    int openTasks = Math.max(reminders, Integer.getInteger("bench.openTasks", OPEN_TASKS_DEFAULT));
    String url = PostgresApplication.freshDatabase("notify_bench");
    // after November's digest moment: the digest job the application schedules at startup is December's
    ClockUtil.setCurrentTime(at("2026-11-02T09:00"));
    ConfigurableApplicationContext context = PostgresApplication.start(url,
            // the application's own job executor settings, switched on (the test profile turns it off)
            "--camunda.bpm.job-execution.enabled=true",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + NotifyServers.SMTP_PORT,
            "--me.notify.enabled=true",
            "--me.notify.mail.enabled=true",
            "--me.notify.digest.enabled=true",
            "--logging.level.com.icegreen=WARN");
    try {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      fillReminderTasks(engine, reminders);
      fillOtherOpenTasks(engine, openTasks - reminders);
      // fresh statistics, as autovacuum would have them: a digest planned on the empty tables' ones
      // (its first queries ran before the automatic analyze) took minutes instead of seconds
      new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class)).execute("analyze");
      List<Row> rows = new ArrayList<>();
      rows.add(digest(engine, context.getBean(NotifyCalendar.class), openTasks));
      rows.add(reminders(reminders, context.getBean(NotifyCalendar.class)
          .reminderMoments(REMINDER_TASKS_DUE, at("2026-11-02T09:00")).get(ReminderKind.BEFORE)));
      return rows;
    } finally {
      context.close();
      ClockUtil.reset();
    }
  }

  /**
   * Tasks with reminders, made the way a process makes them: 100 per process instance (a parallel
   * multi-instance user task), each assigned to one person, all due Wednesday 23 Dec 2026, so that
   * all their 7-days-before reminders fall due at the same moment (16 Dec 2026, 08:30).
   */
  private static void fillReminderTasks(ProcessEngine engine, int tasks) throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess("notify-bench").name("ทดสอบการแจ้งเตือน")
        .camundaHistoryTimeToLive(30)
        .startEvent()
        // people as one text variable: object variables of other than the project's own types are refused
        .userTask("work").name("งานทดสอบการแจ้งเตือน").camundaAssignee("${people.split(',')[loopCounter % 9]}")
        .camundaDueDate("${due}")
        .multiInstance().parallel().cardinality("${count}").multiInstanceDone()
        .endEvent()
        .done();
    engine.getRepositoryService().createDeployment().addModelInstance("notify-bench.bpmn", model).deploy();
    Date due = REMINDER_TASKS_DUE;
    int instances = (tasks + 99) / 100;
    parallel(instances, i -> {
      int size = Math.min(100, tasks - i * 100);
      List<String> rotated = IntStream.range(0, PEOPLE.size()).mapToObj(n -> PEOPLE.get((i + n) % PEOPLE.size()))
          .toList();
      engine.getRuntimeService().startProcessInstanceByKey("notify-bench",
          Map.of("fiscalYear", 2570, "round", "bench-" + i, "people", String.join(",", rotated), "count", size,
              "due", due));
    });
  }

  /**
   * The rest of the open work, as standalone tasks in batches of 1,000 per transaction (no
   * reminder jobs: only the digest reads them): a quarter assigned to a person, the rest waiting
   * in a role's queue; due dates spread over October to December 2026.
   */
  private static void fillOtherOpenTasks(ProcessEngine engine, int tasks) throws Exception {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    TaskService taskService = engine.getTaskService();
    int batches = (tasks + 999) / 1000;
    parallel(batches, batch -> configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      for (int n = batch * 1000; n < Math.min(tasks, (batch + 1) * 1000); n++) {
        Task task = taskService.newTask();
        task.setName("งานค้าง " + n);
        task.setDueDate(at(LocalDateTime.of(2026, 10, 1, 16, 30).plusDays(n % 91).toString()));
        if (n % 4 == 0) {
          task.setAssignee(PEOPLE.get(n % PEOPLE.size()));
        }
        taskService.saveTask(task);
        if (n % 4 != 0) {
          taskService.addCandidateGroup(task.getId(), ROLES.get(n % ROLES.size()));
        }
      }
      return null;
    }));
  }

  private static Row digest(ProcessEngine engine, NotifyCalendar calendar, int openTasks) throws Exception {
    NotifyServers.reset();
    YearMonth month = YearMonth.of(2026, 12);
    Date moment = calendar.digestMoment(month);
    ClockUtil.setCurrentTime(moment);
    long start = System.nanoTime();
    String messageJobs = "me-dig-" + month.toString().replace("-", "") + "-";
    Predicate<Void> done = ignored -> engine.getManagementService().createJobQuery().jobId(MonthlyDigest.jobId(month))
        .count() == 0 && engine.getManagementService().createJobQuery().list().stream()
            .noneMatch(job -> job.getId().startsWith(messageJobs));
    waitFor(done, 600);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<MimeMessage> digests = NotifyServers.mails("DIGEST|" + month + "|");
    long people = digests.stream().map(NotifyServers::to).distinct().count();
    boolean once = people > 0 && people == digests.size();
    return new Row("monthly digest, " + String.format("%,d", openTasks) + " open tasks",
        String.format("%.1f s (%d people, each one digest: %s)", seconds, people, once ? "yes" : "NO"),
        "< " + DIGEST_TARGET_SECONDS + " s", once && seconds < DIGEST_TARGET_SECONDS);
  }

  private static Row reminders(int reminders, Date moment) throws Exception {
    NotifyServers.reset();
    ClockUtil.setCurrentTime(moment);
    long start = System.nanoTime();
    waitFor(ignored -> NotifyServers.mails().size() >= reminders, 900);
    double seconds = (System.nanoTime() - start) / 1e9;
    Thread.sleep(3000); // time enough for a double to arrive
    List<MimeMessage> mails = NotifyServers.mails();
    Map<String, Long> copies = mails.stream().collect(Collectors.groupingBy(
        mail -> NotifyServers.key(mail) + " -> " + NotifyServers.to(mail), Collectors.counting()));
    long before = mails.stream().filter(mail -> NotifyServers.key(mail).startsWith("BEFORE|")).count();
    boolean once = copies.size() == reminders && mails.size() == reminders && before == reminders;
    return new Row(String.format("%,d reminders due in the same minute, until all sent", reminders),
        String.format("%.1f s (%.0f /s; %,d mails, %,d distinct: %s)", seconds, reminders / seconds, mails.size(),
            copies.size(), once ? "each once" : "NOT each once"),
        "≤ " + REMINDERS_TARGET_SECONDS + " s, each once", once && seconds <= REMINDERS_TARGET_SECONDS);
  }

  private interface Step {
    void run(int index) throws Exception;
  }

  private static void parallel(int count, Step step) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(threads.submit(() -> {
          step.run(index);
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      threads.shutdown();
    }
  }

  private static void waitFor(Predicate<Void> condition, int maxSeconds) throws InterruptedException {
    long deadline = System.currentTimeMillis() + maxSeconds * 1000L;
    while (!condition.test(null) && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
    }
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(FiscalCalendar.BANGKOK).toInstant());
  }
}
