package th.go.obec.me.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.calendar.HolidayCalendar;

/**
 * {@code GET /api/fiscal-years/{be}/holidays} (contract path): the days off of a fiscal year
 * (October to September), as {@code [{"date": "2026-10-13", "name": "วันนวมินทรมหาราช"}]} in date
 * order, for any logged-in person (Tasklist's date picker marks them). A year that is not a
 * Buddhist Era year of 2560-2600 is refused with 400 and a Thai message.
 */
@RestController
public class HolidaysApi {

  /** One day off as the contract writes it. */
  public record Day(String date, String name) {
  }

  private final HolidayCalendar holidays;

  public HolidaysApi(HolidayCalendar holidays) {
    this.holidays = holidays;
  }

  @GetMapping(path = "/api/fiscal-years/{be}/holidays", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> holidays(@PathVariable("be") String be) {
    Integer year = parse(be);
    if (year == null || !HolidayCalendar.covers(year)) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("type", "InvalidRequestException", "message", refusal(be, year)));
    }
    List<Day> days = holidays.fiscalYear(year).stream()
        .map(day -> new Day(day.date().toString(), day.name()))
        .toList();
    return ResponseEntity.ok(days);
  }

  private static Integer parse(String text) {
    String digits = thaiDigitsToArabic(text.trim());
    if (!digits.matches("\\d{1,6}")) {
      return null;
    }
    return Integer.valueOf(digits);
  }

  /** ๒๕๗๐ reads as 2570: a Thai office may type Thai digits. */
  private static String thaiDigitsToArabic(String text) {
    StringBuilder result = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      result.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
    }
    return result.toString();
  }

  private static String refusal(String given, Integer year) {
    String range = HolidayCalendar.FIRST_BE_YEAR + "–" + HolidayCalendar.LAST_BE_YEAR;
    if (year != null && year >= 1900 && year <= 2200) {
      return "ปีงบประมาณต้องเป็นปีพุทธศักราช (พ.ศ.) " + range + ": " + given + " เป็นปีคริสต์ศักราช หมายถึง พ.ศ. "
          + FiscalCalendar.toBuddhistEra(year) + " หรือไม่ / The fiscal year must be a Buddhist Era year "
          + HolidayCalendar.FIRST_BE_YEAR + "-" + HolidayCalendar.LAST_BE_YEAR + "; " + given
          + " looks like a Common Era year (BE " + FiscalCalendar.toBuddhistEra(year) + "?)";
    }
    return "ปีงบประมาณต้องเป็นปีพุทธศักราช (พ.ศ.) " + range + " ไม่ใช่ \"" + given + "\" / The fiscal year must be a"
        + " Buddhist Era year " + HolidayCalendar.FIRST_BE_YEAR + "-" + HolidayCalendar.LAST_BE_YEAR + ", not \"" + given + "\"";
  }
}
