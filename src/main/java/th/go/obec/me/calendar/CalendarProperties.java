package th.go.obec.me.calendar;

import java.time.LocalTime;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office day and the due dates the manuals leave open ({@code me.calendar.*}).
 *
 * @param officeDayStart when timers that start work fire (08:30, Thai government hours)
 * @param officeDayEnd   the time of day a task falls due (16:30)
 * @param defaults       default due dates by name, as month specs: "11" is November of the fiscal
 *                       year, "9-1" September of the year before, "10+1" October of the year after
 */
@ConfigurationProperties("me.calendar")
public record CalendarProperties(
    @DefaultValue("08:30") LocalTime officeDayStart,
    @DefaultValue("16:30") LocalTime officeDayEnd,
    Map<String, String> defaults) {

  public CalendarProperties {
    defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
  }
}
