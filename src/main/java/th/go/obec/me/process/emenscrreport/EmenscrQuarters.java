package th.go.obec.me.process.emenscrreport;

import java.util.Date;

import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;

/**
 * The quarters of the fiscal year as eMENSCR counts them (step 7, "report every quarter"): when a
 * quarter ends (the timer {@code ${emenscrQuarters.end(fiscalYear, quarter)}} that opens its
 * reports) and when its progress is due.
 */
@Component("emenscrQuarters")
public class EmenscrQuarters {

  private final FiscalCalendar calendar;
  private final EmenscrSettings settings;

  public EmenscrQuarters(FiscalCalendar calendar, EmenscrSettings settings) {
    this.calendar = calendar;
    this.settings = settings;
  }

  /** The last day of quarter 1-4 of the fiscal year (Q1 Oct-Dec ... Q4 Jul-Sep), end of the office day. */
  public Date end(int fiscalYear, int quarter) {
    return calendar.monthEnd(fiscalYear, lastMonthOf(quarter));
  }

  /** OBEC's deadline for the quarter ({@code given}, its {@code q<n>Deadline}) or the configured days after its end. */
  public Date progressDue(Object given, int fiscalYear, int quarter) {
    return calendar.due(given, calendar.daysAfter(end(fiscalYear, quarter), settings.progressDaysAfterQuarter()));
  }

  static int lastMonthOf(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1-4, was " + quarter);
    }
    return (quarter * 3 + 8) % 12 + 1;
  }
}
