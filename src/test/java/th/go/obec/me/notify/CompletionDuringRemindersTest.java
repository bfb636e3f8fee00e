package th.go.obec.me.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.obec.me.notify.NotifyCalendarTest.at;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jakarta.mail.internet.MimeMessage;
import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.PostgresProcessEngineTest;
import th.go.obec.me.support.GuardCheckProcess;

/**
 * Issue 9, item 1: in an office where overdue work is normal, people complete overdue tasks while
 * the job executor sends their reminders and escalations. On PostgreSQL with the job executor
 * running, hundreds of overdue tasks are completed by 4 threads at the moment their reminders fall
 * due: no completion fails, no message goes twice, and every task left open gets each of its
 * messages exactly once.
 */
class CompletionDuringRemindersTest extends PostgresProcessEngineTest {

  private static final int TASKS = 300;
  private static final int COMPLETED = 200;
  private static final int THREADS = 4;

  @DynamicPropertySource
  static void notifyWithJobExecutor(DynamicPropertyRegistry registry) {
    registry.add("camunda.bpm.job-execution.enabled", () -> "true");
    registry.add("camunda.bpm.job-execution.wait-time-in-millis", () -> "100");
    registry.add("camunda.bpm.job-execution.max-wait", () -> "500");
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> NotifyServers.SMTP_PORT);
    registry.add("me.notify.enabled", () -> "true");
    registry.add("me.notify.mail.enabled", () -> "true");
    registry.add("me.notify.digest.enabled", () -> "false");
  }

  @Test
  void overdueTasksCompletedWhileTheirRemindersRunNeverFailAndEachMessageGoesOnce() throws Exception {
    GuardCheckProcess.deploy(processEngine);
    TaskService tasks = processEngine.getTaskService();
    ClockUtil.setCurrentTime(at("2026-11-01T10:00"));
    List<String> taskIds = new ArrayList<>();
    for (int round = 1; round <= TASKS; round++) {
      String instance = processEngine.getRuntimeService().startProcessInstanceByKey(GuardCheckProcess.KEY,
          Map.of(ProcessConstants.FISCAL_YEAR, 2570, ProcessConstants.ROUND, String.valueOf(round))).getId();
      taskIds.add(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
    }
    NotifyServers.reset();
    List<String> toComplete = new ArrayList<>(taskIds.subList(0, COMPLETED));
    Collections.shuffle(toComplete, new java.util.Random(9));
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(toComplete);
    List<String> failures = Collections.synchronizedList(new ArrayList<>());

    // every task is a day overdue: its 7-days-before and due-day reminders and the head's
    // escalation are all due now, and people complete the tasks at the same moment
    ClockUtil.setCurrentTime(at("2026-12-01T08:31"));
    ExecutorService people = Executors.newFixedThreadPool(THREADS);
    for (int i = 0; i < THREADS; i++) {
      people.submit(() -> {
        for (String taskId = queue.poll(); taskId != null; taskId = queue.poll()) {
          try {
            tasks.complete(taskId, Map.of("documentTitle", "ร่าง", "documentLink", "https://docs.example/1",
                "attendees", SpinValues.jsonValue("[{\"name\":\"สมชาย\"}]").create()));
          } catch (RuntimeException e) {
            failures.add(taskId + ": " + e.getMessage());
          }
        }
      });
    }
    people.shutdown();
    assertThat(people.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    awaitNoDueReminder();
    Thread.sleep(1000); // time enough for a double to arrive

    assertThat(failures).as("failed completions").isEmpty();
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_Draft").count()).isEqualTo(TASKS - COMPLETED);

    List<MimeMessage> mails = NotifyServers.mails();
    Map<String, Long> copies = mails.stream()
        .collect(Collectors.groupingBy(mail -> NotifyServers.key(mail) + " -> " + NotifyServers.to(mail),
            Collectors.counting()));
    assertThat(copies.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList())
        .as("messages sent more than once").isEmpty();
    Set<String> open = Set.copyOf(taskIds.subList(COMPLETED, TASKS));
    for (String taskId : open) {
      assertThat(NotifyServers.mails("BEFORE|" + taskId)).extracting(NotifyServers::to)
          .containsExactlyInAnyOrder("somchai.j@esa-demo.example", "malee.r@esa-demo.example");
      assertThat(NotifyServers.mails("DUE|" + taskId)).extracting(NotifyServers::to)
          .containsExactlyInAnyOrder("somchai.j@esa-demo.example", "malee.r@esa-demo.example");
      assertThat(NotifyServers.mails("OVERDUE_HEAD|" + taskId)).extracting(NotifyServers::to)
          .containsExactly("somsak.p@esa-demo.example");
      assertThat(NotifyServers.mails("OVERDUE_DIRECTOR|" + taskId)).isEmpty();
    }
    // the review steps the completions created are not due yet: nothing about them was sent
    Map<String, Long> byTask = mails.stream().map(NotifyServers::key)
        .collect(Collectors.groupingBy(key -> key.split("\\|")[1], Collectors.counting()));
    assertThat(byTask.keySet()).allMatch(Set.copyOf(taskIds)::contains);
    System.out.printf("%d overdue tasks, %d completed by %d threads during their reminders: %d failures, %d mails"
        + " (%d of them about completed tasks)%n", TASKS, COMPLETED, THREADS, failures.size(), mails.size(),
        byTask.entrySet().stream().filter(entry -> !open.contains(entry.getKey())).mapToLong(Map.Entry::getValue)
            .sum());
  }

  /** Waits until the job executor has run every reminder job that is due. */
  private void awaitNoDueReminder() throws InterruptedException {
    Function<Void, Long> due = ignored -> processEngine.getManagementService().createJobQuery().executable().list()
        .stream().filter(job -> NotifyJobs.TASK_REMINDER.equals(((JobEntity) job).getJobHandlerType())).count();
    long deadline = System.currentTimeMillis() + 180_000;
    while (due.apply(null) > 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    assertThat(due.apply(null)).as("reminder jobs still due").isZero();
  }
}
