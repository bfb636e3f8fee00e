package th.go.obec.me.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.go.obec.me.calendar.CalendarProperties;
import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.calendar.HolidayCalendar;

/** When reminders, escalations and digests fall due (no engine needed). */
class NotifyCalendarTest {

  private final NotifyCalendar calendar = new NotifyCalendar(new NotifyProperties(true, "http://x", 7,
      LocalTime.of(8, 30), List.of(Duration.ofMinutes(5)), "camunda-admin",
      new NotifyProperties.Escalation("planning-head", 1, "director", 14),
      new NotifyProperties.Digest(true, LocalTime.of(8, 0)),
      new NotifyProperties.Mail(true, "me@x"), new NotifyProperties.Chat(false, null, Duration.ofSeconds(1)),
      new NotifyProperties.Line(false, "https://api.line.me", null, null, Duration.ofSeconds(1))),
      new HolidayCalendar(new CalendarProperties(LocalTime.of(8, 30), LocalTime.of(16, 30), Map.of())));

  static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(FiscalCalendar.BANGKOK).toInstant());
  }

  @Test
  void remindsSevenDaysBeforeOnTheDueDayAndEscalatesAfterIt() {
    Map<ReminderKind, Date> moments = calendar.reminderMoments(at("2027-03-15T16:30"), at("2027-01-10T09:00"));

    assertThat(moments).containsExactlyInAnyOrderEntriesOf(Map.of(
        ReminderKind.BEFORE, at("2027-03-08T08:30"),
        ReminderKind.DUE, at("2027-03-15T08:30"),
        ReminderKind.OVERDUE_HEAD, at("2027-03-16T08:30"),
        ReminderKind.OVERDUE_DIRECTOR, at("2027-03-29T08:30")));
  }

  @Test
  void taskArrivingInsideTheWindowIsRemindedAtOnce() {
    Date now = at("2027-03-12T10:00");
    Map<ReminderKind, Date> moments = calendar.reminderMoments(at("2027-03-15T16:30"), now);

    assertThat(moments).containsEntry(ReminderKind.BEFORE, now).containsEntry(ReminderKind.DUE, at("2027-03-15T08:30"))
        .hasSize(4);
  }

  @Test
  void taskArrivingOverdueGoesToTheHeadAtOnceAndLaterToTheDirector() {
    Date now = at("2027-03-20T10:00");
    Map<ReminderKind, Date> moments = calendar.reminderMoments(at("2027-03-15T16:30"), now);

    assertThat(moments).containsOnlyKeys(ReminderKind.OVERDUE_HEAD, ReminderKind.OVERDUE_DIRECTOR)
        .containsEntry(ReminderKind.OVERDUE_HEAD, now)
        .containsEntry(ReminderKind.OVERDUE_DIRECTOR, at("2027-03-29T08:30"));
  }

  @Test
  void taskArrivingLongOverdueGoesToTheHeadAndTheDirectorAtOnce() {
    Date now = at("2027-04-10T10:00");
    Map<ReminderKind, Date> moments = calendar.reminderMoments(at("2027-03-15T16:30"), now);

    assertThat(moments).containsOnlyKeys(ReminderKind.OVERDUE_HEAD, ReminderKind.OVERDUE_DIRECTOR)
        .containsEntry(ReminderKind.OVERDUE_HEAD, now).containsEntry(ReminderKind.OVERDUE_DIRECTOR, now);
  }

  @Test
  void dueDateEarlyInTheMorningIsRemindedAtTheDueMomentNotAfterIt() {
    Map<ReminderKind, Date> moments = calendar.reminderMoments(at("2027-03-15T08:00"), at("2027-01-10T09:00"));

    assertThat(moments.get(ReminderKind.DUE)).isEqualTo(at("2027-03-15T08:00"));
  }

  @Test
  void firstWorkingDaySkipsWeekendsAndHolidays() {
    assertThat(calendar.firstWorkingDay(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 1));
    // 1 Jan 2027 is a Friday and a holiday, then a weekend
    assertThat(calendar.firstWorkingDay(YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
    // 1 May 2027 (Labour Day) is a Saturday, so Monday the 3rd is its substitution; the 4th Coronation Day
    assertThat(calendar.firstWorkingDay(YearMonth.of(2027, 5))).isEqualTo(LocalDate.of(2027, 5, 5));
    assertThat(calendar.digestMoment(YearMonth.of(2027, 1))).isEqualTo(at("2027-01-04T08:00"));
  }

  @Test
  void remindersGoOutTheWorkingDayBeforeAHolidayAndEscalationsTheWorkingDayAfter() {
    // due Tuesday 27 July 2570: a week before is Tuesday 20 July, the substitution day of Asalha
    // Bucha (Sunday 18 July) after Khao Phansa (Monday 19 July): the reminder goes on Friday 16 July.
    // The day after the due date is the King's birthday (28 July): the head hears on the 29th.
    Map<ReminderKind, Date> moments = calendar.reminderMoments(at("2027-07-27T16:30"), at("2027-06-01T09:00"));

    assertThat(moments).containsExactlyInAnyOrderEntriesOf(Map.of(
        ReminderKind.BEFORE, at("2027-07-16T08:30"),
        ReminderKind.DUE, at("2027-07-27T08:30"),
        ReminderKind.OVERDUE_HEAD, at("2027-07-29T08:30"),
        ReminderKind.OVERDUE_DIRECTOR, at("2027-08-10T08:30")));
  }

  @Test
  void digestSkipsTheLunarHolidaysToo() {
    // 1 June 2569 is the substitution day of Visakha Bucha (Sunday 31 May)
    assertThat(calendar.firstWorkingDay(YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 6, 2));
  }

  @Test
  void nextDigestIsThisMonthsUntilItsMomentThenNextMonths() {
    assertThat(calendar.nextDigestMonth(at("2027-01-04T07:59"))).isEqualTo(YearMonth.of(2027, 1));
    assertThat(calendar.nextDigestMonth(at("2027-01-04T08:00"))).isEqualTo(YearMonth.of(2027, 2));
    assertThat(calendar.nextDigestMonth(at("2026-11-21T12:00"))).isEqualTo(YearMonth.of(2026, 12));
  }
}
