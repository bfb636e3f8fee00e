package th.go.obec.me.process.emesreport;

import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.process.common.CalendarDeadline;

/**
 * Start listener of emes-report: {@code submissionDue}, the day the report is due in E-MES (the
 * manual's step 11, "submit within OBEC's period"), from which every earlier step counts back.
 */
@Component("emesSubmissionDue")
public class EmesSubmissionDue extends CalendarDeadline {

  public EmesSubmissionDue(FiscalCalendar calendar) {
    super(calendar, "submissionDue", "emes-report.submit");
  }
}
