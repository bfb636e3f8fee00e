package th.go.obec.me.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.obec.me.notify.NotifyCalendarTest.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.mail.internet.MimeMessage;
import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.EmbeddedPostgresServer;
import th.go.obec.me.support.PostgresApplication;
import th.go.obec.me.support.GuardCheckProcess;

/**
 * Two application nodes (two Spring contexts, two process engines with their job executors
 * running) on one real PostgreSQL database: every reminder is sent exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnePostgresTest {

  private static final int TASKS = 12;

  private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
  private ProcessEngine nodeA;
  private ProcessEngine nodeB;

  @BeforeAll
  void startTwoNodes() {
    String url = PostgresApplication.freshDatabase("notify");
    ClockUtil.setCurrentTime(at("2026-11-01T10:00"));
    nodeA = start("node-a", url);
    nodeB = start("node-b", url);
  }

  @AfterAll
  void stopNodes() {
    nodes.forEach(ConfigurableApplicationContext::close);
    ClockUtil.reset();
  }

  private ProcessEngine start(String name, String url) {
    ConfigurableApplicationContext context = PostgresApplication.start(url,
            "--spring.datasource.hikari.connection-timeout=" + EmbeddedPostgresServer.CONNECTION_TIMEOUT_MS,
            "--camunda.bpm.process-engine-name=" + name,
            "--camunda.bpm.generic-properties.properties.hostname=" + name,
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.wait-time-in-millis=100",
            "--camunda.bpm.job-execution.max-wait=300",
            "--camunda.bpm.job-execution.max-jobs-per-acquisition=2",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + NotifyServers.SMTP_PORT,
            "--me.notify.enabled=true",
            "--me.notify.mail.enabled=true",
            "--me.notify.chat.webhook-url=" + NotifyServers.webhookUrl(),
            "--me.notify.digest.enabled=false");
    nodes.add(context);
    return context.getBean(ProcessEngine.class);
  }

  @Test
  void eachReminderIsSentExactlyOnceWhenTwoNodesRunTheJobs() throws Exception {
    GuardCheckProcess.deploy(nodeA);
    List<String> taskIds = new ArrayList<>();
    for (int round = 1; round <= TASKS; round++) {
      ProcessEngine node = round % 2 == 0 ? nodeA : nodeB;
      String instance = node.getRuntimeService().startProcessInstanceByKey(GuardCheckProcess.KEY,
          Map.of(ProcessConstants.FISCAL_YEAR, 2570, ProcessConstants.ROUND, String.valueOf(round))).getId();
      Task task = node.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
      taskIds.add(task.getId());
    }
    NotifyServers.reset();

    ClockUtil.setCurrentTime(at("2026-11-23T08:31"));
    awaitMails("BEFORE|", 2 * TASKS);
    ClockUtil.setCurrentTime(at("2026-11-30T08:31"));
    awaitMails("DUE|", 2 * TASKS);
    Thread.sleep(2000); // time enough for a double to arrive

    List<MimeMessage> mails = NotifyServers.mails();
    assertThat(mails).hasSize(4 * TASKS);
    Set<String> distinct = mails.stream().map(mail -> NotifyServers.key(mail) + " -> " + NotifyServers.to(mail))
        .collect(Collectors.toSet());
    assertThat(distinct).hasSize(4 * TASKS);
    for (String taskId : taskIds) {
      assertThat(NotifyServers.mails("BEFORE|" + taskId)).extracting(NotifyServers::to)
          .containsExactlyInAnyOrder("somchai.j@esa-demo.example", "malee.r@esa-demo.example");
      assertThat(NotifyServers.mails("DUE|" + taskId)).hasSize(2);
      assertThat(NotifyServers.posts(taskId)).hasSize(2);
    }

    JdbcTemplate jdbc = new JdbcTemplate(nodes.get(0).getBean(javax.sql.DataSource.class));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ME_NOTIFY_LOG WHERE STATUS_ = 'SENT' AND CHANNEL_ = 'mail'"
        + " AND ATTEMPTS_ = 1", Long.class)).isEqualTo(4L * TASKS);
    // one reminder job per task, run at each of its two moments on one node or the other (or once
    // for both: the test's clock jump from 23 to 30 Nov expires the locks of jobs still committing,
    // and a job that loses that race runs again with both moments due; the log above shows that no
    // message was attempted twice)
    java.util.function.Supplier<List<org.camunda.bpm.engine.history.HistoricJobLog>> reminderRuns = () -> nodeA
        .getHistoryService().createHistoricJobLogQuery().successLog().list().stream()
        .filter(log -> log.getJobId().startsWith("me-rem-")).toList();
    long deadline = System.currentTimeMillis() + 30_000;
    while (reminderRuns.get().stream().map(log -> log.getJobId()).distinct().count() < TASKS
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    List<org.camunda.bpm.engine.history.HistoricJobLog> successes = reminderRuns.get();
    assertThat(successes.stream().collect(Collectors.groupingBy(log -> log.getJobId(), Collectors.counting())))
        .hasSize(TASKS).allSatisfy((jobId, runs) -> assertThat(runs).isBetween(1L, 2L));
    long onA = successes.stream().filter(log -> "node-a".equals(log.getHostname())).count();
    long onB = successes.stream().filter(log -> "node-b".equals(log.getHostname())).count();
    assertThat(onA + onB).isEqualTo(successes.size());
    System.out.printf("Reminder jobs run on node-a: %d, on node-b: %d; other successful jobs: %s%n", onA, onB,
        nodeA.getHistoryService().createHistoricJobLogQuery().successLog().list().stream()
            .filter(log -> !log.getJobId().startsWith("me-rem-")).map(log -> log.getJobId() + "/"
                + log.getJobDefinitionType()).toList());
  }

  private static void awaitMails(String keyPrefix, int expected) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (NotifyServers.mails(keyPrefix).size() < expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
  }
}
