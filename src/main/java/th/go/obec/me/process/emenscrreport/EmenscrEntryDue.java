package th.go.obec.me.process.emenscrreport;

import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.process.common.CalendarDeadline;

/**
 * Start listener of emenscr-report: {@code entryDue}, the day the projects must be entered in
 * eMENSCR (the manual's step 7, part 1), OBEC's date or the office calendar's.
 */
@Component("emenscrEntryDue")
public class EmenscrEntryDue extends CalendarDeadline {

  public EmenscrEntryDue(FiscalCalendar calendar) {
    super(calendar, "entryDue", "emenscr-report.entry");
  }
}
