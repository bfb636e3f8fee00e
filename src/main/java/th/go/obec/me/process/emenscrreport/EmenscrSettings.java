package th.go.obec.me.process.emenscrreport;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;

/**
 * eMENSCR's address, the four committees the manual orders without naming them, and the quarters
 * of the fiscal year with OBEC's reporting deadlines ({@code me.emenscr.*}).
 */
@Component("emenscrSettings")
@ConfigurationProperties("me.emenscr")
public class EmenscrSettings {

  private final FiscalCalendar calendar;

  private String url = "https://emenscr.nesdc.go.th";
  private List<String> committeeTitles = new ArrayList<>(List.of(
      "คำสั่งแต่งตั้งคณะกรรมการอำนวยการการติดตามและประเมินผลแห่งชาติ (eMENSCR)",
      "คำสั่งแต่งตั้งคณะกรรมการนำเข้าข้อมูลโครงการในระบบติดตามและประเมินผลแห่งชาติ (eMENSCR)",
      "คำสั่งแต่งตั้งคณะกรรมการกำกับ ติดตาม และตรวจสอบความถูกต้องของข้อมูลในระบบติดตามและประเมินผลแห่งชาติ (eMENSCR)",
      "คำสั่งแต่งตั้งคณะกรรมการสรุปและรายงานผลการดำเนินงานในระบบติดตามและประเมินผลแห่งชาติ (eMENSCR)"));
  /** OBEC's usual deadline for a quarter's progress report, counted from the quarter's last day. */
  private int progressDaysAfterQuarter = 15;

  public EmenscrSettings(FiscalCalendar calendar) {
    this.calendar = calendar;
  }

  /** The last day of quarter 1-4 of the fiscal year (Q1 Oct-Dec ... Q4 Jul-Sep), end of the office day. */
  public Date quarterEnd(int fiscalYear, int quarter) {
    return calendar.monthEnd(fiscalYear, lastMonthOf(quarter));
  }

  /**
   * When the quarter's progress is due: OBEC's deadline for the quarter ({@code q1Deadline} ..
   * {@code q4Deadline}, from the start message or form) or the configured days after its end.
   */
  public Date progressDue(VariableScope scope, int fiscalYear, int quarter) {
    Object given = scope.getVariable("q" + quarter + "Deadline");
    return calendar.due(given, calendar.daysAfter(quarterEnd(fiscalYear, quarter), progressDaysAfterQuarter));
  }

  static int lastMonthOf(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1-4, was " + quarter);
    }
    return (quarter * 3 + 8) % 12 + 1;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getCommitteeTitles() {
    return committeeTitles;
  }

  public void setCommitteeTitles(List<String> committeeTitles) {
    this.committeeTitles = committeeTitles;
  }

  public int getProgressDaysAfterQuarter() {
    return progressDaysAfterQuarter;
  }

  public void setProgressDaysAfterQuarter(int progressDaysAfterQuarter) {
    this.progressDaysAfterQuarter = progressDaysAfterQuarter;
  }
}
