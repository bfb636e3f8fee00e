package th.go.obec.me.calendar;

import java.time.LocalTime;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office day and the due dates the manuals leave open ({@code me.calendar.*}).
 *
 * @param officeDayStart when timers that start work fire (08:30, Thai government hours)
 * @param officeDayEnd   the time of day a task falls due (16:30)
 * @param defaults       default due dates by name, as month specs: "11" is November of the fiscal
 *                       year, "9-1" September of the year before, "10+1" October of the year after
 * @param holidaysFile   the administrator's YAML of the cabinet's extra days off (a Spring resource
 *                       location: file:/etc/..., classpath:...); blank: none
 * @param dueDateOnHoliday where a computed due date on a weekend or holiday moves: BEFORE (the last
 *                       working day before it) or AFTER (the first working day after it)
 */
@ConfigurationProperties("me.calendar")
public record CalendarProperties(
    @DefaultValue("08:30") LocalTime officeDayStart,
    @DefaultValue("16:30") LocalTime officeDayEnd,
    Map<String, String> defaults,
    String holidaysFile,
    @DefaultValue("BEFORE") Shift dueDateOnHoliday) {

  /** Which way a due date on a day off moves. */
  public enum Shift {
    BEFORE, AFTER
  }

  @ConstructorBinding
  public CalendarProperties {
    defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
    dueDateOnHoliday = dueDateOnHoliday == null ? Shift.BEFORE : dueDateOnHoliday;
  }

  /** Without a holidays file, due dates moving before (tests and tools). */
  public CalendarProperties(LocalTime officeDayStart, LocalTime officeDayEnd, Map<String, String> defaults) {
    this(officeDayStart, officeDayEnd, defaults, null, Shift.BEFORE);
  }
}
