package th.go.obec.me.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.obec.me.notify.NotifyCalendarTest.at;
import static th.go.obec.me.notify.NotifyServers.body;
import static th.go.obec.me.notify.NotifyServers.mails;
import static th.go.obec.me.notify.NotifyServers.posts;
import static th.go.obec.me.notify.NotifyServers.subject;
import static th.go.obec.me.notify.NotifyServers.to;

import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.internet.MimeMessage;
import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.ProcessEngineTest;
import th.go.obec.me.support.GuardCheckProcess;

/**
 * Reminders, escalation and the monthly digest on the small test process guard-check (draft by
 * the monitoring group, due 30 Nov 2026; review by the director, due 31 Dec 2026), with the
 * engine clock moved, a real SMTP server and a real HTTP server as the chat webhook.
 */
class ReminderAndDigestTest extends ProcessEngineTest {

  private static final String LINK = "https://me.example.go.th/camunda/app/tasklist/default/#/?task=";

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> NotifyServers.SMTP_PORT);
    registry.add("me.notify.enabled", () -> "true");
    registry.add("me.notify.mail.enabled", () -> "true");
    registry.add("me.notify.mail.from", () -> "me-workflow@esa-demo.example");
    registry.add("me.notify.chat.webhook-url", NotifyServers::webhookUrl);
    registry.add("me.notify.base-url", () -> "https://me.example.go.th/");
  }

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  @Autowired
  NotifyLog notifyLog;

  @Autowired
  MonthlyDigest monthlyDigest;

  @Autowired
  PlatformTransactionManager transactionManager;

  @BeforeEach
  void deployTestProcessAndClearServers() {
    GuardCheckProcess.deployOnce(processEngine);
    NotifyServers.reset();
  }

  @AfterEach
  void smtpBackOn() {
    try {
      NotifyServers.mails();
    } catch (RuntimeException stopped) {
      NotifyServers.startSmtp();
    }
  }

  // --- reminders ------------------------------------------------------------------------------

  @Test
  void remindsTheCandidateGroupSevenDaysBeforeAndOnTheDueDate() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draftOf(start("1"));

    assertThat(task.getDueDate()).isEqualTo(at("2026-11-30T16:30"));
    assertThat(reminderDue(task, ReminderKind.BEFORE)).isEqualTo(at("2026-11-23T08:30"));
    assertThat(reminderDue(task, ReminderKind.DUE)).isEqualTo(at("2026-11-30T08:30"));
    assertThat(reminderDue(task, ReminderKind.OVERDUE_HEAD)).isEqualTo(at("2026-12-01T08:30"));
    assertThat(reminderDue(task, ReminderKind.OVERDUE_DIRECTOR)).isEqualTo(at("2026-12-14T08:30"));
    // one job per task, due at its first moment
    assertThat(reminderJobs(task.getId())).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2026-11-23T08:30")));

    clockAt(at("2026-11-23T08:29"));
    runDueJobs();
    assertThat(mails(key(ReminderKind.BEFORE, task))).isEmpty();

    clockAt(at("2026-11-23T08:31"));
    runDueJobs();
    List<MimeMessage> before = mails(key(ReminderKind.BEFORE, task));
    assertThat(before).extracting(NotifyServers::to)
        .containsExactlyInAnyOrder("somchai.j@esa-demo.example", "malee.r@esa-demo.example");
    MimeMessage mail = before.get(0);
    assertThat(subject(mail)).contains("จัดทำร่าง").contains("30 พ.ย. 2569").contains("อีก 7 วัน");
    assertThat(body(mail)).contains("กระบวนการ: ทดสอบการตรวจสอบ").contains("งาน: จัดทำร่าง")
        .contains("ครบกำหนด: 30 พ.ย. 2569").contains(LINK + task.getId())
        .contains("ยังไม่มีผู้รับงาน").contains("งานติดตาม ประเมินผล และรายงานผล");
    List<String> chat = posts(task.getId());
    assertThat(chat).hasSize(1);
    assertThat(chat.get(0)).contains("\"event\":\"BEFORE\"").contains("\"dueDateThai\":\"30 พ.ย. 2569\"")
        .contains("\"link\":\"" + LINK + task.getId() + "\"").contains("somchai.j").contains("malee.r");

    clockAt(at("2026-11-30T08:31"));
    runDueJobs();
    List<MimeMessage> due = mails(key(ReminderKind.DUE, task));
    assertThat(due).hasSize(2);
    assertThat(subject(due.get(0))).contains("ครบกำหนดวันนี้");
    assertThat(mails(key(ReminderKind.BEFORE, task))).hasSize(2);
    // the same job moved on to the next moment
    assertThat(reminderJobs(task.getId())).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2026-12-01T08:30")));
  }

  @Test
  void claimedTaskIsRemindedToItsAssigneeOnly() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draftOf(start("1"));
    taskService.claim(task.getId(), "malee.r");

    clockAt(at("2026-11-30T08:31"));
    runDueJobs();

    assertThat(mails(key(ReminderKind.DUE, task))).extracting(NotifyServers::to)
        .containsExactly("malee.r@esa-demo.example");
    assertThat(body(mails(key(ReminderKind.DUE, task)).get(0))).contains("ผู้รับผิดชอบ: มาลี รักเรียน");
  }

  @Test
  void remindersFollowAChangedDueDateAndStopWhenTheTaskEnds() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draftOf(start("1"));

    // a working day, with a working day a week before (reminders on days off: NotifyCalendarTest)
    task.setDueDate(at("2026-12-22T16:30"));
    taskService.saveTask(task);

    assertThat(reminderDue(task, ReminderKind.BEFORE)).isEqualTo(at("2026-12-15T08:30"));
    assertThat(reminderDue(task, ReminderKind.DUE)).isEqualTo(at("2026-12-22T08:30"));
    clockAt(at("2026-11-30T08:31"));
    runDueJobs();
    assertThat(mails("BEFORE|" + task.getId())).isEmpty();
    assertThat(mails("DUE|" + task.getId())).isEmpty();

    clockAt(at("2026-12-15T08:31"));
    runDueJobs();
    List<MimeMessage> before = mails(key(ReminderKind.BEFORE, taskService.createTaskQuery().taskId(task.getId())
        .singleResult()));
    assertThat(before).hasSize(2);
    assertThat(subject(before.get(0))).contains("22 ธ.ค. 2569");

    taskService.complete(task.getId(), Map.of("documentTitle", "ร่าง", "documentLink", "https://docs.example/1",
        "attendees", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"name\":\"สมชาย\"}]").create()));
    // completing leaves the reminder job alone (the job executor may hold it); it ends when it runs
    assertThat(reminderJobs(task.getId())).hasSize(1);
    Task review = taskService.createTaskQuery().taskDefinitionKey("Task_Review").singleResult();
    assertThat(reminderJobs(review.getId())).hasSize(1);
    clockAt(at("2026-12-22T08:31"));
    runDueJobs();
    assertThat(mails("DUE|" + task.getId())).isEmpty();
    assertThat(reminderJobs(task.getId())).isEmpty();

    review.setDueDate(null);
    taskService.saveTask(review);
    clockAt(at("2026-12-24T08:31"));
    runDueJobs();
    assertThat(mailsAbout(review.getId())).isEmpty();
    assertThat(reminderJobs(review.getId())).isEmpty();
  }

  @Test
  void dueDateMovedAwayAndBackGetsEachReminderOnce() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draftOf(start("1"));
    Date original = task.getDueDate();
    Date away = at("2026-12-20T16:30");
    withDueDate(task, away);
    Task back = withDueDate(task, original);
    // three jobs were inserted (one per due date set), none was changed; the newest counts
    assertThat(reminderJobs(task.getId())).hasSize(3);

    clockAt(at("2026-11-23T08:31"));
    runDueJobs();
    assertThat(mails(key(ReminderKind.BEFORE, back))).hasSize(2);
    // the first job saw the newer one and ended; the newest moved on; the 20 Dec one waits for its moment
    assertThat(reminderJobs(task.getId())).hasSize(2);
    clockAt(at("2026-11-30T08:31"));
    runDueJobs();
    assertThat(mails(key(ReminderKind.DUE, back))).hasSize(2);
    clockAt(at("2026-12-13T08:31"));
    runDueJobs();
    assertThat(mailsAbout(task.getId())).hasSize(5).noneMatch(mail -> NotifyServers.key(mail)
        .endsWith("|" + away.getTime()));
    assertThat(reminderJobs(task.getId())).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2026-12-14T08:30")));
  }

  @Test
  void overdueTaskGoesToThePlanningHeadThenToTheDirector() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draftOf(start("1"));

    clockAt(at("2026-12-01T08:31"));
    runDueJobs();
    List<MimeMessage> head = mails(key(ReminderKind.OVERDUE_HEAD, task));
    assertThat(head).extracting(NotifyServers::to).containsExactly("somsak.p@esa-demo.example");
    assertThat(subject(head.get(0))).contains("เกินกำหนด 1 วัน").contains("จัดทำร่าง");
    assertThat(body(head.get(0))).contains("เรียน สมศักดิ์ พัฒนา").contains("โปรดติดตาม");
    assertThat(mails(key(ReminderKind.OVERDUE_DIRECTOR, task))).isEmpty();

    clockAt(at("2026-12-14T08:31"));
    runDueJobs();
    List<MimeMessage> director = mails(key(ReminderKind.OVERDUE_DIRECTOR, task));
    assertThat(director).extracting(NotifyServers::to).containsExactly("wichai.s@esa-demo.example");
    assertThat(subject(director.get(0))).contains("เกินกำหนด 14 วัน");
    assertThat(reminderJobs(task.getId())).isEmpty();
  }

  @Test
  void catalogueProcessesGetRemindersWithoutALineInTheirBpmn() {
    clockAt(at("2026-11-01T10:00"));
    int checked = 0;
    for (var definition : processEngine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      if (definition.getKey().equals(GuardCheckProcess.KEY)) {
        continue;
      }
      ProcessInstance instance;
      try {
        instance = processEngine.getRuntimeService().startProcessInstanceById(definition.getId(),
            Map.of(ProcessConstants.FISCAL_YEAR, 2570));
      } catch (RuntimeException needsMoreThanAFiscalYear) {
        continue;
      }
      for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId()).list()) {
        if (task.getDueDate() != null) {
          assertThat(reminderJobs(task.getId())).as(definition.getKey() + " / " + task.getTaskDefinitionKey())
              .isNotEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).isPositive();
  }

  // --- the digest -----------------------------------------------------------------------------

  @Test
  void monthlyDigestListsEachPersonsTasksDueThisMonthAndOverdueOnceOnTheFirstWorkingDay() {
    addUserWithoutEmail();
    setAdminEmail();
    try {
      clockAt(at("2027-01-25T10:00"));
      rescheduleDigest();
      assertThat(managementService.createJobQuery().jobId(MonthlyDigest.jobId(YearMonth.of(2027, 2)))
          .singleResult().getDuedate()).isEqualTo(at("2027-02-01T08:00"));
      Task longOverdue = draftOf(start("1"));
      Task dueSoon = withDueDate(draftOf(start("2")), at("2027-01-28T16:30"));
      Task dueInFebruary = withDueDate(draftOf(start("3")), at("2027-02-20T16:30"));
      Task dueInMarch = withDueDate(draftOf(start("4")), at("2027-03-15T16:30"));
      Task claimed = withDueDate(draftOf(start("5")), at("2027-02-10T16:30"));
      taskService.claim(claimed.getId(), "somchai.j");
      runDueJobs();
      // the reminder due soon could not be e-mailed to the person without an address
      assertThat(notifyLog.entries(key(ReminderKind.BEFORE, dueSoon))).filteredOn(e -> e.recipient().equals("nomail.t"))
          .singleElement().satisfies(entry -> assertThat(entry.status()).isEqualTo(NotifyLog.NO_ADDRESS));

      clockAt(at("2027-02-01T07:59"));
      runDueJobs();
      assertThat(mails("DIGEST|")).isEmpty();

      clockAt(at("2027-02-01T08:01"));
      runDueJobs();

      List<MimeMessage> somchai = mails("DIGEST|2027-02|somchai.j");
      assertThat(somchai).hasSize(1);
      assertThat(subject(somchai.get(0))).isEqualTo(
          "สรุปงานประจำเดือนกุมภาพันธ์ 2570: ครบกำหนดในเดือนนี้ 2 งาน, เกินกำหนด 2 งาน");
      String text = body(somchai.get(0));
      assertThat(text).contains("เรียน สมชาย ใจดี").contains("งานที่เกินกำหนด (2 งาน)")
          .contains("ครบกำหนด 30 พ.ย. 2569 เกินกำหนด 63 วัน").contains("ครบกำหนด 28 ม.ค. 2570 เกินกำหนด 4 วัน")
          .contains("งานที่ครบกำหนดในเดือนกุมภาพันธ์ 2570 (2 งาน)")
          .contains("ครบกำหนด 10 ก.พ. 2570").contains("ครบกำหนด 20 ก.พ. 2570").contains("ทดสอบการตรวจสอบ")
          .contains(LINK + longOverdue.getId()).contains(LINK + dueSoon.getId())
          .contains(LINK + dueInFebruary.getId()).contains(LINK + claimed.getId())
          .doesNotContain(dueInMarch.getId());
      assertThat(text.indexOf(longOverdue.getId())).isLessThan(text.indexOf(dueSoon.getId()));
      assertThat(text.indexOf(dueSoon.getId())).isLessThan(text.indexOf(claimed.getId()));

      List<MimeMessage> malee = mails("DIGEST|2027-02|malee.r");
      assertThat(malee).hasSize(1);
      assertThat(body(malee.get(0))).contains(longOverdue.getId()).contains(dueInFebruary.getId())
          .doesNotContain(claimed.getId()).doesNotContain(dueInMarch.getId());
      assertThat(mails("DIGEST|2027-02|")).extracting(NotifyServers::to)
          .containsExactlyInAnyOrder("somchai.j@esa-demo.example", "malee.r@esa-demo.example");
      // on the chat, everyone's digest: also for the person without an e-mail address
      assertThat(posts("\"event\":\"DIGEST\"")).hasSize(3).anySatisfy(post -> assertThat(post).contains("nomail.t"));

      // the person without an e-mail address is reported, in the log and to the administrators
      assertThat(notifyLog.entries("DIGEST|2027-02|nomail.t")).extracting(NotifyLog.Entry::channel,
          NotifyLog.Entry::status).containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("mail", NotifyLog.NO_ADDRESS),
              org.assertj.core.groups.Tuple.tuple("chat", NotifyLog.SENT));
      List<MimeMessage> admin = mails("ADMIN|2027-02|admin");
      assertThat(admin).hasSize(1);
      assertThat(body(admin.get(0))).contains("ผู้ใช้ที่ไม่มีที่อยู่อีเมล").contains("- nomail.t");

      // next month's digest: 1 Mar 2027 is a Monday
      assertThat(managementService.createJobQuery().jobId(MonthlyDigest.jobId(YearMonth.of(2027, 3)))
          .singleResult().getDuedate()).isEqualTo(at("2027-03-01T08:00"));

      // nothing goes twice, however often the jobs run
      runDueJobs();
      assertThat(mails("DIGEST|")).hasSize(2);
    } finally {
      processEngine.getIdentityService().deleteUser("nomail.t");
    }
  }

  // --- never lost, never doubled --------------------------------------------------------------

  @Test
  void smtpOutageIsRetriedLaterAndEachPersonGetsTheReminderOnce() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draftOf(start("1"));
    String jobId = reminderJobs(task.getId()).get(0).getId();

    NotifyServers.stopSmtp();
    clockAt(at("2026-11-23T08:31"));
    assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("ส่งการแจ้งเตือน");

    Job failed = managementService.createJobQuery().jobId(jobId).singleResult();
    assertThat(failed.getRetries()).isEqualTo(5);
    assertThat(failed.getDuedate()).isEqualTo(at("2026-11-23T08:36"));
    assertThat(failed.getExceptionMessage()).contains("somchai.j").contains("malee.r");
    assertThat(notifyLog.entries(key(ReminderKind.BEFORE, task))).extracting(NotifyLog.Entry::channel,
        NotifyLog.Entry::status).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("chat", NotifyLog.SENT),
            org.assertj.core.groups.Tuple.tuple("mail", NotifyLog.FAILED),
            org.assertj.core.groups.Tuple.tuple("mail", NotifyLog.FAILED));
    runDueJobs();
    assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getRetries()).isEqualTo(5);

    NotifyServers.startSmtp();
    clockAt(at("2026-11-23T08:37"));
    runDueJobs();

    assertThat(mails(key(ReminderKind.BEFORE, task))).extracting(NotifyServers::to)
        .containsExactlyInAnyOrder("somchai.j@esa-demo.example", "malee.r@esa-demo.example");
    assertThat(posts(task.getId())).hasSize(1);
    // the job moved on to the due day's reminder, with a full set of attempts again
    Job moved = managementService.createJobQuery().jobId(jobId).singleResult();
    assertThat(moved.getDuedate()).isEqualTo(at("2026-11-30T08:30"));
    assertThat(moved.getRetries()).isEqualTo(6);
    assertThat(moved.getExceptionMessage()).isNull();
    runDueJobs();
    assertThat(mails(key(ReminderKind.BEFORE, task))).hasSize(2);
  }

  @Test
  void failedReminderEndsAsAnIncidentThatAnAdministratorRetries() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draftOf(start("1"));
    String jobId = reminderJobs(task.getId()).get(0).getId();
    NotifyServers.stopSmtp();
    clockAt(at("2026-11-23T08:31"));

    for (int attempt = 1; attempt <= 6; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(RuntimeException.class);
    }
    assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
    assertThat(processEngine.getRuntimeService().createIncidentQuery().incidentType("failedJob")
        .configuration(jobId).count()).isEqualTo(1);

    NotifyServers.startSmtp();
    managementService.setJobRetries(jobId, 1);
    runDueJobs();

    assertThat(mails(key(ReminderKind.BEFORE, task))).hasSize(2);
    assertThat(processEngine.getRuntimeService().createIncidentQuery().configuration(jobId).count()).isZero();
  }

  @Test
  void failedReminderOfATaskCompletedMeanwhileEndsQuietly() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draftOf(start("1"));
    String jobId = reminderJobs(task.getId()).get(0).getId();
    NotifyServers.stopSmtp();
    clockAt(at("2026-11-23T08:31"));
    assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("ส่งการแจ้งเตือน");
    assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getExceptionMessage()).isNotNull();
    NotifyServers.startSmtp();

    taskService.complete(task.getId(), Map.of("documentTitle", "ร่าง", "documentLink", "https://docs.example/1",
        "attendees", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"name\":\"สมชาย\"}]").create()));
    clockAt(at("2026-11-23T08:37"));
    managementService.executeJob(jobId);

    assertThat(managementService.createJobQuery().jobId(jobId).count()).isZero();
    assertThat(processEngine.getRuntimeService().createIncidentQuery().configuration(jobId).count()).isZero();
    assertThat(mails(key(ReminderKind.BEFORE, task))).isEmpty();
  }

  @Test
  void failedChatPostIsRetriedWithoutSendingTheMailsAgain() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draftOf(start("1"));
    String jobId = reminderJobs(task.getId()).get(0).getId();
    NotifyServers.FAIL_NEXT_POSTS.set(1);
    clockAt(at("2026-11-23T08:31"));

    assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("HTTP 500");
    assertThat(mails(key(ReminderKind.BEFORE, task))).hasSize(2);
    assertThat(posts(task.getId())).isEmpty();

    clockAt(at("2026-11-23T08:40"));
    runDueJobs();
    assertThat(mails(key(ReminderKind.BEFORE, task))).hasSize(2);
    assertThat(posts(task.getId())).hasSize(1);
  }

  @Test
  void crashBetweenSendingAndCommittingDoesNotSendTwice() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draftOf(start("1"));
    String jobId = reminderJobs(task.getId()).get(0).getId();
    clockAt(at("2026-11-23T08:31"));

    // the job sends, then its transaction is lost (as in a crash before the commit)
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      managementService.executeJob(jobId);
      status.setRollbackOnly();
    });
    assertThat(mails(key(ReminderKind.BEFORE, task))).hasSize(2);
    assertThat(managementService.createJobQuery().jobId(jobId).count()).isEqualTo(1);

    runDueJobs();
    assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getDuedate())
        .isEqualTo(at("2026-11-30T08:30"));
    assertThat(mails(key(ReminderKind.BEFORE, task))).hasSize(2);
    assertThat(posts(task.getId())).hasSize(1);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance start(String round) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(GuardCheckProcess.KEY,
        Map.of(ProcessConstants.FISCAL_YEAR, 2570, ProcessConstants.ROUND, round));
  }

  private Task draftOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Task withDueDate(Task task, Date due) {
    task.setDueDate(due);
    taskService.saveTask(task);
    return taskService.createTaskQuery().taskId(task.getId()).singleResult();
  }

  private static String key(ReminderKind kind, Task task) {
    return kind.name() + "|" + task.getId() + "|" + task.getDueDate().getTime();
  }

  /** The moment of a message in the task's current reminder job (the newest one). */
  private Date reminderDue(Task task, ReminderKind kind) {
    List<Job> jobs = reminderJobs(task.getId());
    if (jobs.isEmpty()) {
      return null;
    }
    Long at = ReminderSchedule.parse(((JobEntity) jobs.get(jobs.size() - 1)).getJobHandlerConfigurationRaw())
        .moments().get(kind);
    return at == null ? null : new Date(at);
  }

  private static List<MimeMessage> mailsAbout(String taskId) {
    return mails().stream().filter(mail -> NotifyServers.key(mail).contains("|" + taskId + "|")).toList();
  }

  /** The reminder jobs of a task, oldest first. */
  private List<Job> reminderJobs(String taskId) {
    String prefix = TaskReminders.jobIdPrefix(taskId);
    return managementService.createJobQuery().list().stream().filter(job -> job.getId().startsWith(prefix))
        .sorted(java.util.Comparator.comparingInt(job -> Integer.parseInt(job.getId().substring(prefix.length()))))
        .toList();
  }

  /** Runs due jobs until none is left (a digest creates its message jobs due at once). */
  private void runDueJobs() {
    for (int round = 0; round < 5 && executeDueJobs() > 0; round++) {
      // again
    }
  }

  private void rescheduleDigest() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(context -> {
      context.getJobManager().findJobsByHandlerType(NotifyJobs.MONTHLY_DIGEST)
          .forEach(job -> context.getJobManager().findJobById(job.getId()).delete());
      return null;
    });
    configuration.getCommandExecutorTxRequired().execute(context -> {
      monthlyDigest.ensureScheduled(context);
      return null;
    });
  }

  private void addUserWithoutEmail() {
    User user = processEngine.getIdentityService().newUser("nomail.t");
    user.setFirstName("ทดสอบ");
    user.setLastName("ไม่มีอีเมล");
    processEngine.getIdentityService().saveUser(user);
    processEngine.getIdentityService().createMembership("nomail.t", "monitoring");
  }

  private void setAdminEmail() {
    User admin = processEngine.getIdentityService().createUserQuery().userId("admin").singleResult();
    admin.setEmail("admin@esa-demo.example");
    processEngine.getIdentityService().saveUser(admin);
  }
}
