package th.go.obec.me.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;

import th.go.obec.me.calendar.CalendarProperties;
import th.go.obec.me.calendar.FiscalCalendar;

/**
 * The process tests write due dates as the manuals give them ("7 days after the start", "end of
 * October"); the engine moves a due date that falls on a weekend or Thai holiday to the last
 * working day before it (README "Working days"). This applies the same rule to an expectation,
 * so that a test reads "due 31 Oct" and checks Friday 29 Oct when the 31st is a Sunday.
 */
public final class WorkingDays {

  private static final FiscalCalendar CALENDAR = new FiscalCalendar(
      new CalendarProperties(LocalTime.of(8, 30), LocalTime.of(16, 30), Map.of()));

  private WorkingDays() {
  }

  /** The manual's due moment, on the working day the engine moves it to. */
  public static Date due(Date manualDue) {
    return CALENDAR.onWorkingDay(manualDue);
  }

  /** The manual's due day, as the working day the engine moves it to. */
  public static LocalDate due(LocalDate manualDay) {
    return CALENDAR.dueDay(manualDay);
  }
}
