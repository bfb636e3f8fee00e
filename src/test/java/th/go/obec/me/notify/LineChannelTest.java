package th.go.obec.me.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.obec.me.notify.NotifyCalendarTest.at;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.ProcessEngineTest;
import th.go.obec.me.support.GuardCheckProcess;

/**
 * The LINE channel against a real local HTTP server that checks each push as the Messaging API
 * does ({@link LineApiServer}): reminders of the test process guard-check (draft due 30 Nov 2569)
 * reach the group in Thai with the task's link, failures are retried, and nothing arrives twice.
 * E-mail is off here, so LINE is the only channel.
 */
class LineChannelTest extends ProcessEngineTest {

  private static final String LINK = "https://me.example.go.th/camunda/app/tasklist/default/#/?task=";

  @DynamicPropertySource
  static void lineServer(DynamicPropertyRegistry registry) {
    registry.add("me.notify.enabled", () -> "true");
    registry.add("me.notify.mail.enabled", () -> "false");
    registry.add("me.notify.base-url", () -> "https://me.example.go.th");
    registry.add("me.notify.line.base-url", LineApiServer::baseUrl);
    registry.add("me.notify.line.to", () -> LineApiServer.GROUP);
    registry.add("me.notify.line.channel-access-token", () -> LineApiServer.TOKEN);
  }

  @Autowired
  TaskService taskService;

  @Autowired
  Dispatcher dispatcher;

  @Autowired
  NotifyLog notifyLog;

  @BeforeEach
  void deployTestProcessAndClearServer() {
    GuardCheckProcess.deployOnce(processEngine);
    LineApiServer.reset();
  }

  @Test
  void reminderIsPushedToTheGroupInThaiWithTheTaskLink() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draft("1");

    clockAt(at("2026-11-23T08:31"));
    runDueJobs();

    assertThat(LineApiServer.REFUSED).isEmpty();
    assertThat(LineApiServer.DELIVERED).hasSize(1);
    LineApiServer.Delivered pushed = LineApiServer.DELIVERED.get(0);
    assertThat(pushed.to()).isEqualTo(LineApiServer.GROUP);
    assertThat(pushed.text()).startsWith("แจ้งเตือน: งาน \"จัดทำร่าง\" ครบกำหนด 30 พ.ย. 2569 (อีก 7 วัน)")
        .contains("กระบวนการ: ทดสอบการตรวจสอบ").contains("เปิดงาน: " + LINK + task.getId())
        .contains("ถึง: ").contains("สมชาย ใจดี");
    assertThat(pushed.retryKey()).isNotBlank();
  }

  @Test
  void failedPushIsRetriedLaterAndArrivesOnce() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draft("2");
    LineApiServer.FAIL_NEXT.set(1);

    clockAt(at("2026-11-23T08:31"));
    assertThatThrownBy(() -> executeDueJobs()).hasMessageContaining("LINE").hasMessageContaining("HTTP 500");
    assertThat(LineApiServer.DELIVERED).isEmpty();

    // the first retry interval is 5 minutes
    clockAt(at("2026-11-23T08:40"));
    runDueJobs();
    clockAt(at("2026-11-23T09:40"));
    runDueJobs();
    assertThat(LineApiServer.DELIVERED).extracting(LineApiServer.Delivered::text)
        .filteredOn(text -> text.contains(task.getId())).hasSize(1);
  }

  @Test
  void aPushWhoseAnswerWasLostIsNotDeliveredAgain() {
    clockAt(at("2026-11-01T10:00"));
    Task task = draft("3");
    LineApiServer.LOSE_ANSWER_OF_NEXT.set(1);

    clockAt(at("2026-11-23T08:31"));
    assertThatThrownBy(() -> executeDueJobs()).hasMessageContaining("HTTP 500");
    assertThat(LineApiServer.DELIVERED).hasSize(1);

    clockAt(at("2026-11-23T08:40"));
    runDueJobs();
    // the retry carried the same X-Line-Retry-Key: LINE answered 409 and delivered nothing
    assertThat(LineApiServer.DELIVERED).hasSize(1);
    assertThat(LineApiServer.DELIVERED.get(0).text()).contains(task.getId());
  }

  @Test
  void aSentMessageIsLoggedAndNotPushedAgainAndALongOneIsCutToLinesLimit() {
    StringBuilder digest = new StringBuilder("สรุปงานประจำเดือนธันวาคม 2569\n");
    for (int i = 1; digest.length() < 9000; i++) {
      digest.append(i).append(". งานทดสอบที่ยาวมากเพื่อให้เกินขีดจำกัดของ LINE ครบกำหนด 30 ธ.ค. 2569\n");
    }
    Dispatcher.ChatPost post = new Dispatcher.ChatPost("somchai.j", Map.of("text", digest.toString()));

    dispatcher.send("LINE-TEST|long", List.of(), person -> null, post);
    dispatcher.send("LINE-TEST|long", List.of(), person -> null, post);

    assertThat(LineApiServer.REFUSED).isEmpty();
    assertThat(LineApiServer.DELIVERED).hasSize(1);
    String text = LineApiServer.DELIVERED.get(0).text();
    assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(LineChannel.MAX_TEXT);
    assertThat(text).startsWith("สรุปงานประจำเดือนธันวาคม 2569\n1. งานทดสอบ").endsWith(LineChannel.CUT);
    assertThat(notifyLog.entries("LINE-TEST|long")).singleElement()
        .satisfies(entry -> {
          assertThat(entry.channel()).isEqualTo(Dispatcher.LINE);
          assertThat(entry.status()).isEqualTo(NotifyLog.SENT);
          assertThat(entry.address()).isEqualTo(LineApiServer.GROUP);
        });
  }

  private Task draft(String round) {
    String id = processEngine.getRuntimeService().startProcessInstanceByKey(GuardCheckProcess.KEY,
        Map.of(ProcessConstants.FISCAL_YEAR, 2570, ProcessConstants.ROUND, "line-" + round)).getId();
    return taskService.createTaskQuery().processInstanceId(id).singleResult();
  }

  private void runDueJobs() {
    for (int round = 0; round < 5 && executeDueJobs() > 0; round++) {
      // again: a job may create jobs due at once
    }
  }
}
