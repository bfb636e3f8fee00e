package th.go.obec.me.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Thailand's public holidays, computed, against the days Thailand actually observed.
 *
 * <p>Sources of the expected dates: the annual government-holiday announcements (ประกาศสำนัก
 * นายกรัฐมนตรี เรื่อง วันหยุดราชการประจำปี, with the cabinet's substitution days) as listed by the Bank
 * of Thailand's yearly "วันหยุดตามประเพณีของสถาบันการเงิน" for 2560-2569 BE. The year types (leap
 * month/leap day) for the whole range are those of the official lunar calendar (ปฏิทินหลวง) as
 * tabulated by myhora.com's calendar 2300-2600 BE.
 */
class HolidayCalendarTest {

  private final HolidayCalendar calendar = new HolidayCalendar(new CalendarProperties(
      LocalTime.of(8, 30), LocalTime.of(16, 30), Map.of(), null, CalendarProperties.Shift.BEFORE));

  private final HolidayCalendar withFile = new HolidayCalendar(new CalendarProperties(
      LocalTime.of(8, 30), LocalTime.of(16, 30), Map.of(), "classpath:calendar/holidays-test.yaml",
      CalendarProperties.Shift.BEFORE));

  private final ThaiLunarCalendar lunar = ThaiLunarCalendar.get();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private void assertBuddhistDays(int ceYear, String makha, String visakha, String asalha, String khaoPhansa) {
    assertThat(List.of(lunar.makhaBucha(ceYear), lunar.visakhaBucha(ceYear), lunar.asalhaBucha(ceYear),
        lunar.khaoPhansa(ceYear)))
        .as("Buddhist days of %d", ceYear)
        .containsExactly(d(makha), d(visakha), d(asalha), d(khaoPhansa));
  }

  @Test
  void buddhistDaysAreTheDaysThailandObserved2560To2569() {
    assertBuddhistDays(2017, "2017-02-11", "2017-05-10", "2017-07-08", "2017-07-09");
    assertBuddhistDays(2018, "2018-03-01", "2018-05-29", "2018-07-27", "2018-07-28");
    assertBuddhistDays(2019, "2019-02-19", "2019-05-18", "2019-07-16", "2019-07-17");
    assertBuddhistDays(2020, "2020-02-08", "2020-05-06", "2020-07-05", "2020-07-06");
    assertBuddhistDays(2021, "2021-02-26", "2021-05-26", "2021-07-24", "2021-07-25");
    assertBuddhistDays(2022, "2022-02-16", "2022-05-15", "2022-07-13", "2022-07-14");
    // 2566 is a leap-month year: Makha Bucha in month 4, Visakha in month 7, Asalha in month 8-8
    assertBuddhistDays(2023, "2023-03-06", "2023-06-03", "2023-08-01", "2023-08-02");
    assertBuddhistDays(2024, "2024-02-24", "2024-05-22", "2024-07-20", "2024-07-21");
    // 2568 is a leap-day year: month 7 has 30 days, so Asalha Bucha is 60 days after Visakha
    assertBuddhistDays(2025, "2025-02-12", "2025-05-11", "2025-07-10", "2025-07-11");
    assertBuddhistDays(2026, "2026-03-03", "2026-05-31", "2026-07-29", "2026-07-30");
  }

  @Test
  void leapMonthYearsAreTheOfficialOnes2560To2600() {
    Set<Integer> official = Set.of(2018, 2021, 2023, 2026, 2029, 2031, 2034, 2037, 2040, 2042, 2045, 2048,
        2050, 2053, 2056);
    for (int year = 2017; year <= 2057; year++) {
      assertThat(lunar.type(year) == ThaiLunarCalendar.YearType.LEAP_MONTH).as("leap month in %d", year)
          .isEqualTo(official.contains(year));
    }
  }

  @Test
  void leapDayYearsAreTheOfficialOnes2560To2573() {
    Set<Integer> official = Set.of(2020, 2025);
    for (int year = 2017; year <= 2030 - 1; year++) {
      assertThat(lunar.type(year) == ThaiLunarCalendar.YearType.LEAP_DAY).as("leap day in %d", year)
          .isEqualTo(official.contains(year));
    }
  }

  @Test
  void everyLunarYearHasAnAllowedLengthAndItsDaysInTheirSeasons() {
    for (int year = 2016; year <= 2058; year++) {
      long length = ChronoUnit.DAYS.between(lunar.fifthMonthStart(year), lunar.fifthMonthStart(year + 1));
      assertThat(length).as("length of %d", year).isEqualTo(lunar.type(year).days());
      assertThat(lunar.makhaBucha(year).getMonth()).isIn(Month.FEBRUARY, Month.MARCH);
      assertThat(lunar.visakhaBucha(year).getMonth()).isIn(Month.MAY, Month.JUNE);
      assertThat(lunar.asalhaBucha(year).getMonth()).isIn(Month.JULY, Month.AUGUST);
      // full moon to full moon: whole months of 29/30 days
      assertThat(ChronoUnit.DAYS.between(lunar.makhaBucha(year), lunar.visakhaBucha(year))).isIn(88L, 89L);
      assertThat(ChronoUnit.DAYS.between(lunar.visakhaBucha(year), lunar.asalhaBucha(year))).isIn(59L, 60L);
    }
  }

  private List<LocalDate> dates(int ceYear) {
    return calendar.holidays(ceYear).stream().map(Holiday::date).toList();
  }

  /**
   * 2567 as first announced (Bank of Thailand, วันหยุดตามประเพณีของสถาบันการเงิน ประจำปี 2567, and the
   * cabinet's list); the cabinet later moved 2 January to 29 December 2566 and added 12 April and
   * 30 December: those are the default holidays file's lines ({@link #theDefaultFileCarriesTheCabinetsChangesOf2567}).
   */
  @Test
  void year2567HasItsAnnouncedHolidaysAndSubstitutionDays() {
    assertThat(dates(2024)).containsExactly(
        // 2 January: substitution for วันสิ้นปี, Sunday 31 December 2566
        d("2024-01-01"), d("2024-01-02"), d("2024-02-24"), d("2024-02-26"), d("2024-04-06"), d("2024-04-08"),
        d("2024-04-13"), d("2024-04-14"), d("2024-04-15"), d("2024-04-16"), d("2024-05-01"),
        d("2024-05-04"), d("2024-05-06"), d("2024-05-22"), d("2024-06-03"), d("2024-07-20"),
        d("2024-07-21"), d("2024-07-22"), d("2024-07-28"), d("2024-07-29"), d("2024-08-12"),
        d("2024-10-13"), d("2024-10-14"), d("2024-10-23"), d("2024-12-05"), d("2024-12-10"),
        d("2024-12-31"));
  }

  @Test
  void substitutionDaysOf2566FollowTheirRules() {
    List<Holiday> days = calendar.holidays(2023);
    // 31 Dec 2565 (Saturday) and 1 Jan 2566 (Sunday): Monday 2 and Tuesday 3 January
    assertThat(dates(2023)).contains(d("2023-01-02"), d("2023-01-03"));
    // Songkran ends on Saturday 15 April: one day, Monday 17 April
    assertThat(dates(2023)).contains(d("2023-04-17")).doesNotContain(d("2023-04-18"));
    // Visakha Bucha on the Queen's birthday, Saturday 3 June: one day, Monday 5 June
    assertThat(dates(2023)).contains(d("2023-06-05")).doesNotContain(d("2023-06-06"));
    // Constitution Day on Sunday 10 December
    assertThat(dates(2023)).contains(d("2023-12-11"));
    assertThat(days).filteredOn(day -> day.date().equals(d("2023-12-11")))
        .extracting(Holiday::name).containsExactly("วันหยุดชดเชยวันรัฐธรรมนูญ");
  }

  @Test
  void substitutionDaysOf2568And2569() {
    // 13 April 2568 a Sunday: Wednesday 16 April; Coronation Day and Visakha Bucha on Sundays
    assertThat(dates(2025)).contains(d("2025-04-16"), d("2025-05-05"), d("2025-05-12"));
    // Visakha Bucha on Sunday 31 May 2569: Monday 1 June; 5 December on a Saturday: Monday 7 December
    assertThat(dates(2026)).contains(d("2026-06-01"), d("2026-12-07"));
    assertThat(calendar.holidays(2026)).filteredOn(day -> day.date().equals(d("2026-12-07")))
        .extracting(Holiday::name).containsExactly("วันหยุดชดเชยวันพ่อแห่งชาติ");
    // Khao Phansa gives no substitution day (Sunday 21 July 2567 above; Sunday 9 July 2560 here only
    // because Asalha Bucha on Saturday 8 July 2560 gives Monday 10 July)
    assertThat(dates(2017)).contains(d("2017-07-10")).doesNotContain(d("2017-07-11"));
  }

  @Test
  void fixedDaysApplyFromTheYearTheyWereIntroduced() {
    assertThat(dates(2018)).doesNotContain(d("2018-06-03")).contains(d("2018-07-28"), d("2018-10-13"));
    assertThat(dates(2019)).contains(d("2019-06-03")).doesNotContain(d("2019-05-04"));
    assertThat(dates(2020)).contains(d("2020-05-04"));
    assertThat(dates(2017)).contains(d("2017-07-28"), d("2017-10-13"));
  }

  @Test
  void fiscalYearRunsFromOctoberToSeptember() {
    List<Holiday> year2570 = calendar.fiscalYear(2570);
    assertThat(year2570.get(0).date()).isEqualTo(d("2026-10-13"));
    assertThat(year2570.get(0).name()).isEqualTo("วันนวมินทรมหาราช");
    assertThat(year2570).extracting(Holiday::date)
        .allMatch(day -> !day.isBefore(d("2026-10-01")) && !day.isAfter(d("2027-09-30")))
        .contains(d("2026-12-07"), d("2027-01-01"), d("2027-02-22"), d("2027-05-20"), d("2027-07-18"),
            d("2027-07-19"), d("2027-08-12"))
        .doesNotContain(d("2027-10-13"), d("2026-09-30"))
        .isSorted();
    assertThat(calendar.fiscalYear(2560).get(0).date()).isEqualTo(d("2016-10-23"));
    assertThat(calendar.fiscalYear(2600)).extracting(Holiday::date).last().matches(day -> day.getYear() == 2057);
  }

  @Test
  void everyYearOfTheRangeHasItsHolidays() {
    IntStream.rangeClosed(HolidayCalendar.FIRST_BE_YEAR, HolidayCalendar.LAST_BE_YEAR).forEach(be -> {
      List<Holiday> days = calendar.holidays(be - 543);
      // a day with two holidays carries both names ("วันเข้าพรรษา และวันเฉลิม...")
      assertThat(String.join("|", days.stream().map(Holiday::name).toList()))
          .contains("วันขึ้นปีใหม่", "วันมาฆบูชา", "วันวิสาขบูชา", "วันอาสาฬหบูชา", "วันเข้าพรรษา", "วันสิ้นปี");
      assertThat(days).extracting(Holiday::date).doesNotHaveDuplicates();
      assertThat(days).filteredOn(day -> day.kind() == Holiday.Kind.SUBSTITUTION)
          .extracting(day -> day.date().getDayOfWeek())
          .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    });
  }

  @Test
  void theAdministratorsFileAddsAndCancelsDays() {
    assertThat(withFile.isHoliday(d("2025-06-02"))).isTrue();
    assertThat(calendar.isHoliday(d("2025-06-02"))).isFalse();
    assertThat(withFile.holidays(2027)).filteredOn(day -> day.date().equals(d("2027-01-04")))
        .extracting(Holiday::name, Holiday::kind).containsExactly(org.assertj.core.groups.Tuple.tuple(
            "วันหยุดพิเศษทดสอบ", Holiday.Kind.CONFIGURED));
    // the King's birthday 2570 cancelled by the file: a working day there
    assertThat(withFile.isWorkingDay(d("2027-07-28"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2027-07-28"))).isFalse();
    // an extra day on Monday 7 December 2569 pushes the substitution for Saturday 5 December on
    assertThat(withFile.holidays(2026)).extracting(Holiday::date).contains(d("2026-12-07"), d("2026-12-08"));
  }

  @Test
  void theDefaultFileCarriesTheCabinetsChangesOf2567() {
    HolidayCalendar withDefaultFile = new HolidayCalendar(new CalendarProperties(LocalTime.of(8, 30),
        LocalTime.of(16, 30), Map.of(), "classpath:holidays.yaml", CalendarProperties.Shift.BEFORE));
    assertThat(withDefaultFile.isWorkingDay(d("2024-01-02"))).isTrue();
    assertThat(withDefaultFile.holidays(2023)).extracting(Holiday::date).contains(d("2023-12-29"));
    assertThat(withDefaultFile.holidays(2024)).extracting(Holiday::date).contains(d("2024-04-12"), d("2024-12-30"));
  }

  @Test
  void workingDaysSkipWeekendsAndHolidays() {
    // Sunday 31 May 2569 (Visakha Bucha), Monday 1 June its substitution
    assertThat(calendar.workingDayOnOrBefore(d("2026-06-01"))).isEqualTo(d("2026-05-29"));
    assertThat(calendar.workingDayOnOrAfter(d("2026-05-30"))).isEqualTo(d("2026-06-02"));
    // Songkran 2568 and its substitution: 13 (Sun) to 16 April
    assertThat(calendar.workingDayOnOrAfter(d("2025-04-12"))).isEqualTo(d("2025-04-17"));
    assertThat(calendar.isWorkingDay(d("2027-03-15"))).isTrue();
  }
}
