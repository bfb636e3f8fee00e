package th.go.obec.me.process.fiscalyearcalendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the fiscal-year calendar starts itself ({@code me.year-work.*}).
 *
 * @param startCycle Quartz cron of the calendar's timer start event, in the server's time zone:
 *                   1 September 08:30 by default ({@code FISCAL_YEAR_CALENDAR_CYCLE})
 */
@ConfigurationProperties("me.year-work")
public record YearWorkProperties(@DefaultValue("0 30 8 1 9 ?") String startCycle) {
}
