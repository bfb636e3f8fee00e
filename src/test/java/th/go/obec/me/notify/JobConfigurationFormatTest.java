package th.go.obec.me.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The text of the notification jobs' configurations is stored in ACT_RU_JOB: the jobs of an office
 * that upgrades are read with the types of the new version, so every format, the first design's
 * included, must read into the same values and write back to the same text.
 */
class JobConfigurationFormatTest {

  @Test
  void aReminderScheduleReadsAndWritesTheStoredText() {
    String stored = "R|task-1|1790000000000|3|B:1789400000000,D:1790000000000,X:1791200000000";

    ReminderJobConfiguration read = ReminderJobConfiguration.parse(stored);

    assertThat(read).isEqualTo(new ReminderSchedule("task-1", 1790000000000L, 3, Map.of(
        ReminderKind.BEFORE, 1789400000000L, ReminderKind.DUE, 1790000000000L,
        ReminderKind.OVERDUE_DIRECTOR, 1791200000000L)));
    assertThat(read.toCanonicalString()).isEqualTo(stored);
  }

  @Test
  void aReminderJobOfTheFirstDesignIsStillRead() {
    String stored = "OVERDUE_HEAD|task-2|1790000000000";

    ReminderJobConfiguration read = ReminderJobConfiguration.parse(stored);

    assertThat(read).isEqualTo(new SingleReminder(ReminderKind.OVERDUE_HEAD, "task-2", 1790000000000L));
    assertThat(read.toCanonicalString()).isEqualTo(stored);
  }

  @Test
  void digestJobsReadAndWriteTheStoredText() {
    assertThat(DigestMonth.parse("2027-02")).isEqualTo(new DigestMonth(YearMonth.of(2027, 2)));
    assertThat(new DigestMonth(YearMonth.of(2027, 2)).toCanonicalString()).isEqualTo("2027-02");

    assertThat(DigestMessage.parse("PERSON|2027-02|somchai.j"))
        .isEqualTo(new DigestMessage(DigestMessage.Audience.PERSON, YearMonth.of(2027, 2), "somchai.j"));
    // a user id may hold the separator: it is the last part, taken whole
    DigestMessage admin = DigestMessage.parse("ADMIN|2027-02|admin|x");
    assertThat(admin).isEqualTo(new DigestMessage(DigestMessage.Audience.ADMIN, YearMonth.of(2027, 2), "admin|x"));
    assertThat(admin.toCanonicalString()).isEqualTo("ADMIN|2027-02|admin|x");
  }
}
