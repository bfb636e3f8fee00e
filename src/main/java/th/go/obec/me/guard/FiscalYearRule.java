package th.go.obec.me.guard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.PositiveOrZero;

import th.go.obec.me.calendar.FiscalCalendar;

/**
 * Which fiscal years a process may be started for: Buddhist Era years near today. A CE year
 * (2026) or a typo (2750) is refused with a message instead of scheduling work decades away.
 */
@Component
public class FiscalYearRule {

  private final FiscalCalendar calendar;
  private final Window window;

  public FiscalYearRule(FiscalCalendar calendar, Window window) {
    this.calendar = calendar;
    this.window = window;
  }

  /** The fiscal year as an Integer, or a refusal that says what to enter. */
  public int check(Object value) {
    int current = calendar.currentFiscalYear();
    String example = "ต้องระบุปีงบประมาณ (fiscalYear) เป็นปี พ.ศ. เช่น " + current
        + " / fiscalYear (a Buddhist Era year such as " + current + ") is required";
    if (value == null || value.toString().isBlank()) {
      throw StartRefusedException.badRequest(example);
    }
    int year;
    try {
      year = value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      throw StartRefusedException.badRequest(example + " (ได้รับ '" + value + "')");
    }
    if (value instanceof Number number && number.doubleValue() != year) {
      throw StartRefusedException.badRequest(example + " (ได้รับ " + value + ")");
    }
    if (year < current - window.yearsBack() || year > current + window.yearsAhead()) {
      String hint = Math.abs(year - (current - FiscalCalendar.BUDDHIST_ERA_OFFSET)) <= 2
          ? " ดูเหมือนเป็นปี ค.ศ.: ใช้ปี พ.ศ. (ค.ศ. + 543)" : "";
      throw StartRefusedException.badRequest("ปีงบประมาณ " + year + " อยู่นอกช่วงที่เริ่มงานได้ ("
          + (current - window.yearsBack()) + "-" + (current + window.yearsAhead()) + ")" + hint
          + " / fiscalYear must be a Buddhist Era year near the current fiscal year " + current);
    }
    return year;
  }

  /** How far from the current fiscal year work may be started ({@code me.guard.fiscal-year.*}). */
  @Validated
  @ConfigurationProperties("me.guard.fiscal-year")
  public record Window(
      @DefaultValue("1") @PositiveOrZero(message = YEARS) int yearsBack,
      @DefaultValue("1") @PositiveOrZero(message = YEARS) int yearsAhead) {

    private static final String YEARS = "ต้องเป็นจำนวนปีตั้งแต่ 0 ขึ้นไป / must be a number of years, 0 or more";
  }
}
