package th.go.obec.me.notify;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.calendar.HolidayCalendar;

/**
 * When reminders, escalations and digests are due, in Bangkok time: the moments of each
 * {@link ReminderKind} for a due date, and the first working day of a month. Everything goes out
 * on working days only (weekends and Thailand's holidays, {@link HolidayCalendar}, skipped): a
 * reminder whose day is a day off goes out the working day before, an escalation the working day
 * after (it cannot go before the task is overdue).
 */
@Component
public class NotifyCalendar {

  private final NotifyProperties properties;
  private final HolidayCalendar holidays;

  public NotifyCalendar(NotifyProperties properties, HolidayCalendar holidays) {
    this.properties = properties;
    this.holidays = holidays;
  }

  // --- reminders ------------------------------------------------------------------------------

  /**
   * The moment each kind of message is due for a task with this due date. When the task is
   * created (or its due date changes) after some of these moments: of the reminders to the
   * assignee only the latest is sent, at once, and only if the task is not overdue yet (a task
   * that arrives 3 days before its due date gets its "due soon" reminder now); every escalation
   * whose moment has passed is sent at once (a task that arrives 20 days overdue goes to the head
   * and the director now).
   */
  public Map<ReminderKind, Date> reminderMoments(Date dueDate, Date now) {
    Map<ReminderKind, Date> moments = new EnumMap<>(ReminderKind.class);
    ZonedDateTime due = FiscalCalendar.toZoned(dueDate);
    LocalDate dueDay = due.toLocalDate();
    LocalTime at = properties.reminderTime();
    if (properties.daysBefore() > 0) {
      moments.put(ReminderKind.BEFORE, moment(holidays.workingDayOnOrBefore(dueDay.minusDays(properties.daysBefore())), at));
    }
    Date onDueDay = moment(holidays.workingDayOnOrBefore(dueDay), at);
    moments.put(ReminderKind.DUE, onDueDay.after(dueDate) ? dueDate : onDueDay);
    NotifyProperties.Escalation escalation = properties.escalation();
    if (hasText(escalation.headGroup())) {
      moments.put(ReminderKind.OVERDUE_HEAD,
          afterDue(dueDate, holidays.workingDayOnOrAfter(dueDay.plusDays(escalation.headAfterDays())), at));
    }
    if (hasText(escalation.directorGroup())) {
      moments.put(ReminderKind.OVERDUE_DIRECTOR,
          afterDue(dueDate, holidays.workingDayOnOrAfter(dueDay.plusDays(escalation.directorAfterDays())), at));
    }

    Map<ReminderKind, Date> scheduled = new EnumMap<>(ReminderKind.class);
    ReminderKind latestPastReminder = null;
    boolean overdue = false;
    for (Map.Entry<ReminderKind, Date> entry : moments.entrySet()) {
      ReminderKind kind = entry.getKey();
      boolean isEscalation = kind == ReminderKind.OVERDUE_HEAD || kind == ReminderKind.OVERDUE_DIRECTOR;
      if (entry.getValue().after(now)) {
        scheduled.put(kind, entry.getValue());
      } else if (isEscalation) {
        scheduled.put(kind, now);
        overdue = true;
      } else {
        latestPastReminder = kind;
      }
    }
    if (latestPastReminder != null && !overdue) {
      scheduled.put(latestPastReminder, now);
    }
    return scheduled;
  }

  /** Whole days from today to the due day (negative when overdue), in Bangkok. */
  public static long daysUntil(Date dueDate, Date now) {
    return ChronoUnit.DAYS.between(FiscalCalendar.toZoned(now).toLocalDate(),
        FiscalCalendar.toZoned(dueDate).toLocalDate());
  }

  private static Date afterDue(Date dueDate, LocalDate day, LocalTime at) {
    Date moment = moment(day, at);
    return moment.after(dueDate) ? moment : new Date(dueDate.getTime() + 1);
  }

  private static Date moment(LocalDate day, LocalTime at) {
    return Date.from(day.atTime(at).atZone(FiscalCalendar.BANGKOK).toInstant());
  }

  // --- the digest -----------------------------------------------------------------------------

  public boolean isWorkingDay(LocalDate day) {
    return holidays.isWorkingDay(day);
  }

  public LocalDate firstWorkingDay(YearMonth month) {
    LocalDate day = month.atDay(1);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The digest moment of a month: its first working day at the digest time. */
  public Date digestMoment(YearMonth month) {
    return moment(firstWorkingDay(month), properties.digest().time());
  }

  /** The month of the next digest after a moment (this month's if it is still to come). */
  public YearMonth nextDigestMonth(Date now) {
    YearMonth month = YearMonth.from(FiscalCalendar.toZoned(now));
    return digestMoment(month).after(now) ? month : month.plusMonths(1);
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }
}
