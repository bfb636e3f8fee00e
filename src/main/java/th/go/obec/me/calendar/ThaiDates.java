package th.go.obec.me.calendar;

import java.time.LocalDate;
import java.util.Date;

/** Dates as Thai readers write them: "15 มี.ค. 2570", with the Buddhist Era year. */
public final class ThaiDates {

  private static final String[] SHORT_MONTHS = {
      "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
  private static final String[] MONTHS = {
      "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
      "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};

  private ThaiDates() {
  }

  public static String shortDate(LocalDate day) {
    return day.getDayOfMonth() + " " + SHORT_MONTHS[day.getMonthValue() - 1] + " "
        + FiscalCalendar.toBuddhistEra(day.getYear());
  }

  public static String shortDate(Date date) {
    return shortDate(FiscalCalendar.toZoned(date).toLocalDate());
  }

  public static String longDate(LocalDate day) {
    return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " "
        + FiscalCalendar.toBuddhistEra(day.getYear());
  }

  public static String monthName(int month) {
    return MONTHS[month - 1];
  }
}
