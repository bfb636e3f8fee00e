package th.go.obec.me.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import th.go.obec.me.rule.OfficeRuleException;

/**
 * The Thai fiscal year and the due dates the manuals write as months, for Java and for BPMN
 * expressions ({@code ${fiscalCalendar.monthEnd(fiscalYear, 11)}}).
 *
 * <p>Fiscal year N (Buddhist Era) runs from 1 October of CE year N-544 to 30 September of CE year
 * N-543: months 10-12 of fiscal year N fall in CE N-544, months 1-9 in CE N-543. "Sep (FY-1)" is
 * {@code monthEnd(fiscalYear - 1, 9)}; "Oct of FY+1" is {@code monthEnd(fiscalYear + 1, 10)}.
 *
 * <p>Working days: a due date computed here that falls on a weekend or a Thai public holidays
 * ({@link HolidayCalendar}) moves to the last working day before it (or the first after it, with
 * {@code me.calendar.due-date-on-holiday: AFTER}); the timers that start work ({@link #monthStart},
 * {@link #dayOf}) fire on the morning of the first working day on or after their day. A date a
 * person types in a form ({@link #toDate}) is taken as given.
 *
 * <p>"Now" is the engine's clock, so tests that move the clock move the calendar too.
 */
@Component("fiscalCalendar")
public class FiscalCalendar {

  public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  public static final int BUDDHIST_ERA_OFFSET = 543;

  /** Month spec of a configured default: "11" (FY), "9-1" (FY-1), "10+1" (FY+1). */
  private static final Pattern MONTH_SPEC = Pattern.compile("(\\d{1,2})\\s*([+-]\\s*\\d+)?");

  private final CalendarProperties properties;
  private final HolidayCalendar holidays;

  @Autowired
  public FiscalCalendar(CalendarProperties properties, HolidayCalendar holidays) {
    this.properties = properties;
    this.holidays = holidays;
  }

  /** With the holidays file of the properties (tests and tools). */
  public FiscalCalendar(CalendarProperties properties) {
    this(properties, new HolidayCalendar(properties));
  }

  public HolidayCalendar holidays() {
    return holidays;
  }

  // --- years ---------------------------------------------------------------------------------

  public static int toBuddhistEra(int ceYear) {
    return ceYear + BUDDHIST_ERA_OFFSET;
  }

  public static int toCommonEra(int beYear) {
    return beYear - BUDDHIST_ERA_OFFSET;
  }

  /** The fiscal year (BE) a day belongs to. */
  public static int fiscalYearOf(LocalDate day) {
    int beYear = toBuddhistEra(day.getYear());
    return day.getMonthValue() >= 10 ? beYear + 1 : beYear;
  }

  public static LocalDate firstDay(int fiscalYear) {
    return LocalDate.of(fiscalYear - BUDDHIST_ERA_OFFSET - 1, 10, 1);
  }

  public static LocalDate lastDay(int fiscalYear) {
    return LocalDate.of(fiscalYear - BUDDHIST_ERA_OFFSET, 9, 30);
  }

  /** The calendar month {@code month} (1-12) of fiscal year {@code fiscalYear}. */
  public static YearMonth monthOf(int fiscalYear, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1-12, was " + month);
    }
    int ceYear = month >= 10 ? fiscalYear - BUDDHIST_ERA_OFFSET - 1 : fiscalYear - BUDDHIST_ERA_OFFSET;
    return YearMonth.of(ceYear, month);
  }

  public LocalDate today() {
    return toZoned(ClockUtil.getCurrentTime()).toLocalDate();
  }

  public int currentFiscalYear() {
    return fiscalYearOf(today());
  }

  // --- due dates and timer dates -------------------------------------------------------------

  public Date now() {
    return ClockUtil.getCurrentTime();
  }

  /** Last day of a month of the fiscal year (a working day), at the end of the office day. */
  public Date monthEnd(int fiscalYear, int month) {
    return dueAt(monthOf(fiscalYear, month).atEndOfMonth());
  }

  /** First working day of a month of the fiscal year, at the start of the office day (for timers). */
  public Date monthStart(int fiscalYear, int month) {
    return workStarts(monthOf(fiscalYear, month).atDay(1));
  }

  /** A given day of a month of the fiscal year (or the first working day after it), at the start of the office day. */
  public Date dayOf(int fiscalYear, int month, int day) {
    return workStarts(monthOf(fiscalYear, month).atDay(day));
  }

  /** The working day a due date on {@code day} falls on: the day, or the configured neighbour. */
  public LocalDate dueDay(LocalDate day) {
    return properties.dueDateOnHoliday() == CalendarProperties.Shift.AFTER
        ? holidays.workingDayOnOrAfter(day)
        : holidays.workingDayOnOrBefore(day);
  }

  /** A due date on {@code day}: its working day, at the end of the office day. */
  public Date dueAt(LocalDate day) {
    return endOfOfficeDay(dueDay(day));
  }

  /** When work that starts on {@code day} starts: the first working day from it, at the start of the office day. */
  public Date workStarts(LocalDate day) {
    return startOfOfficeDay(holidays.workingDayOnOrAfter(day));
  }

  /** A moment moved onto a working day (same time of day), as {@link #dueDay}. */
  public Date onWorkingDay(Date moment) {
    ZonedDateTime zoned = toZoned(moment);
    LocalDate day = dueDay(zoned.toLocalDate());
    return day.equals(zoned.toLocalDate()) ? moment : Date.from(zoned.with(day).toInstant());
  }

  /**
   * The due date a deadline from outside (OBEC, the regional office) sets, or the fallback when
   * none was given. Accepts a Date, an ISO date ("2027-03-15", as Camunda Forms send it) or an
   * ISO date-time.
   */
  public Date due(Object externalDeadline, Date fallback) {
    Date deadline = toDate(externalDeadline);
    return deadline != null ? onWorkingDay(deadline) : fallback;
  }

  /** A configurable default due date ({@code me.calendar.defaults.<name>}, a month spec), on a working day. */
  public Date configured(String name, int fiscalYear) {
    YearMonth month = configuredMonth(name, fiscalYear);
    return dueAt(month.atEndOfMonth());
  }

  /** The calendar month a configured default names. */
  public YearMonth configuredMonth(String name, int fiscalYear) {
    Map<String, String> defaults = properties.defaults();
    String spec = defaults.get(name);
    if (spec == null) {
      throw new IllegalArgumentException("No default due date configured as me.calendar.defaults." + name);
    }
    Matcher matcher = MONTH_SPEC.matcher(spec.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("me.calendar.defaults." + name + " must look like 11, 9-1 or 10+1, was " + spec);
    }
    int month = Integer.parseInt(matcher.group(1));
    int yearShift = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2).replace(" ", ""));
    return monthOf(fiscalYear + yearShift, month);
  }

  public Date daysAfter(Object from, int days) {
    return dueAt(toZoned(requireDate(from)).toLocalDate().plusDays(days));
  }

  public Date daysBefore(Object to, int days) {
    return dueAt(toZoned(requireDate(to)).toLocalDate().minusDays(days));
  }

  public Date monthsAfter(Object from, int months) {
    return dueAt(toZoned(requireDate(from)).toLocalDate().plusMonths(months));
  }

  /** Whichever comes first: keeps a default inside an earlier deadline from outside. */
  public Date earliest(Object first, Object second) {
    Date a = toDate(first);
    Date b = toDate(second);
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.before(b) ? a : b;
  }

  public Date endOfOfficeDay(LocalDate day) {
    return Date.from(day.atTime(properties.officeDayEnd()).atZone(BANGKOK).toInstant());
  }

  public Date startOfOfficeDay(LocalDate day) {
    return Date.from(day.atTime(properties.officeDayStart()).atZone(BANGKOK).toInstant());
  }

  // --- conversions ---------------------------------------------------------------------------

  public static ZonedDateTime toZoned(Date date) {
    return date.toInstant().atZone(BANGKOK);
  }

  /**
   * Null for null or blank; otherwise a Date, or an error that names the bad value. A date
   * without a time ("2027-03-15", as forms send it) falls due at the end of that office day.
   */
  public Date toDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date;
    }
    if (value instanceof LocalDate day) {
      return endOfOfficeDay(day);
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      if (text.length() == 10) {
        return endOfOfficeDay(LocalDate.parse(text));
      }
      return Date.from(ZonedDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notZoned) {
      try {
        return Date.from(LocalDateTime.parse(text).atZone(BANGKOK).toInstant());
      } catch (DateTimeParseException e) {
        // a date someone typed (a form, a start message): their mistake, answered 400
        throw OfficeRuleException.invalid("'" + text + "' ไม่ใช่วันที่ (ใช้รูปแบบ ปปปป-ดด-วว เช่น 2027-03-15)",
            "not a date: '" + text + "' (use YYYY-MM-DD)");
      }
    }
  }

  private Date requireDate(Object value) {
    Date date = toDate(value);
    if (date == null) {
      throw OfficeRuleException.invalid("ต้องระบุวันที่", "a date is required");
    }
    return date;
  }
}
