package th.go.obec.me.calendar;

import java.time.LocalTime;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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
 *                       working day before it) or AFTER (the first working day after it); its
 *                       default is in application.yaml with its variable (DUE_DATE_ON_HOLIDAY)
 */
@Validated
@ConfigurationProperties("me.calendar")
public record CalendarProperties(
    @DefaultValue("08:30") @NotNull(message = TIME) LocalTime officeDayStart,
    @DefaultValue("16:30") @NotNull(message = TIME) LocalTime officeDayEnd,
    @DefaultValue Map<String, @NotBlank(message = "ต้องระบุเดือน เช่น 11, 9-1 หรือ 10+1 / must name a month such as 11, 9-1 or 10+1") String> defaults,
    String holidaysFile,
    @NotNull(message = "ต้องเป็น BEFORE หรือ AFTER / must be BEFORE or AFTER") Shift dueDateOnHoliday) {

  private static final String TIME = "ต้องเป็นเวลา เช่น 08:30 / must be a time of day such as 08:30";

  /** Which way a due date on a day off moves. */
  public enum Shift {
    BEFORE, AFTER
  }

  @ConstructorBinding
  public CalendarProperties {
    defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
  }

  /** Without a holidays file, due dates moving before (tests and tools). */
  public CalendarProperties(LocalTime officeDayStart, LocalTime officeDayEnd, Map<String, String> defaults) {
    this(officeDayStart, officeDayEnd, defaults, null, Shift.BEFORE);
  }
}
