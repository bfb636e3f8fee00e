package th.go.obec.me.process.inspectionreport;

import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.process.common.CalendarDeadline;

/**
 * Start listener of inspection-report: {@code reportDeadline}, when the inspection's report is
 * due (the inspectors' date or the office calendar's {@code inspection-report.report}).
 */
@Component("inspectionReportDeadline")
public class InspectionReportDeadline extends CalendarDeadline {

  public InspectionReportDeadline(FiscalCalendar calendar) {
    super(calendar, "reportDeadline", "inspection-report.report");
  }
}
