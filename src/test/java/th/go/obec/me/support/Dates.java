package th.go.obec.me.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.task.Task;

import th.go.obec.me.calendar.FiscalCalendar;

/**
 * Dates as the manuals and the tests write them: moments in Bangkok, the fiscal year the walks run
 * in, Buddhist and Christian era years, and a task's due day as the engine moves it to a working
 * day ({@link WorkingDays}).
 */
public final class Dates {

  /** The fiscal year (BE) every process walk runs in: 1 Oct 2026 - 30 Sep 2027. */
  public static final int FISCAL_YEAR = 2570;

  private Dates() {
  }

  /** A moment in Bangkok. */
  public static Date at(int year, int month, int day, int hour, int minute) {
    return bangkok(LocalDateTime.of(year, month, day, hour, minute));
  }

  /** A moment in Bangkok written as ISO local date-time, e.g. "2027-02-03T16:30". */
  public static Date bangkok(String localDateTime) {
    return bangkok(LocalDateTime.parse(localDateTime));
  }

  public static Date bangkok(LocalDateTime localDateTime) {
    return Date.from(localDateTime.atZone(FiscalCalendar.BANGKOK).toInstant());
  }

  /** The Buddhist-era year of a Christian-era year (2027 → 2570). */
  public static int buddhistEra(int christianYear) {
    return FiscalCalendar.toBuddhistEra(christianYear);
  }

  /** The Christian-era year of a Buddhist-era year (2570 → 2027). */
  public static int christianEra(int buddhistYear) {
    return FiscalCalendar.toCommonEra(buddhistYear);
  }

  /** The first day (1 October) of a fiscal year given in BE. */
  public static LocalDate firstDayOf(int fiscalYear) {
    return FiscalCalendar.firstDay(fiscalYear);
  }

  /**
   * The task is due at the end of the office day (16:30) on the manual's day, or on the working day
   * before it when that day is a weekend or holiday.
   */
  public static void assertDue(Task task, LocalDate manualDay) {
    assertThat(FiscalCalendar.toZoned(task.getDueDate()).toLocalDateTime())
        .isEqualTo(WorkingDays.due(manualDay).atTime(16, 30));
  }

  public static void assertDue(Task task, int year, int month, int day) {
    assertDue(task, LocalDate.of(year, month, day));
  }
}
