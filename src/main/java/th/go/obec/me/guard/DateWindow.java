package th.go.obec.me.guard;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.IntSupplier;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.rule.OfficeRuleException;

/**
 * Dates the office can mean: within {@code me.limits.date-years-around} years of the current
 * fiscal year. Forms and the REST API take dates in the Common Era (2026-11-30); a Buddhist Era
 * year typed there (2569-11-30) would be stored as a date 543 years ahead, and is refused with
 * a hint, as is its mirror image (a CE year typed 543 years back).
 */
public class DateWindow {

  private final IntSupplier currentFiscalYear;
  private final int yearsAround;

  /** @param currentFiscalYear the current fiscal year, Buddhist Era */
  public DateWindow(IntSupplier currentFiscalYear, int yearsAround) {
    this.currentFiscalYear = currentFiscalYear;
    this.yearsAround = yearsAround;
  }

  public void check(String what, Date date) {
    check(what, date.toInstant().atZone(FiscalCalendar.BANGKOK).toLocalDate());
  }

  public void check(String what, LocalDate date) {
    int currentCe = currentFiscalYear.getAsInt() - FiscalCalendar.BUDDHIST_ERA_OFFSET;
    int year = date.getYear();
    int first = currentCe - yearsAround;
    int last = currentCe + yearsAround;
    if (year >= first && year <= last) {
      return;
    }
    int offset = FiscalCalendar.BUDDHIST_ERA_OFFSET;
    String hintThai = "";
    String hintEnglish = "";
    if (year - offset >= first && year - offset <= last) {
      hintThai = " ดูเหมือนเป็นปี พ.ศ.: ช่องนี้ใช้ปี ค.ศ. (พ.ศ. − 543 เช่น " + (year - offset) + ")";
      hintEnglish = "; the year looks like a Buddhist Era year: this field takes the Common Era year ("
          + (year - offset) + ")";
    } else if (year + offset >= first && year + offset <= last) {
      hintThai = " ดูเหมือนปีถูกลบ 543 สองครั้ง (ปี พ.ศ./ค.ศ. สับสน): ใช้ปี ค.ศ. " + (year + offset);
      hintEnglish = "; the year looks like a BE/CE mix-up (" + (year + offset) + "?)";
    }
    throw OfficeRuleException.invalid(what + ": วันที่ " + date + " อยู่นอกช่วงปี ค.ศ. " + first + "-" + last + hintThai,
        what + ": date " + date + " is outside the years " + first + "-" + last + hintEnglish);
  }
}
