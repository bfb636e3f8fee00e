package th.go.obec.me.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

  private final FiscalCalendar calendar = new FiscalCalendar(new CalendarProperties(
      LocalTime.of(8, 30), LocalTime.of(16, 30),
      Map.of("annual-report.approval", "11+1", "policy-monitoring.study", "9-1", "plan", "11")));

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static LocalDateTime local(Date date) {
    return FiscalCalendar.toZoned(date).toLocalDateTime();
  }

  @Test
  void fiscalYear2570RunsFromOctober2026ToSeptember2027() {
    assertThat(FiscalCalendar.firstDay(2570)).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(FiscalCalendar.lastDay(2570)).isEqualTo(LocalDate.of(2027, 9, 30));
  }

  @Test
  void dayBelongsToTheFiscalYearThatContainsIt() {
    assertThat(FiscalCalendar.fiscalYearOf(LocalDate.of(2026, 9, 30))).isEqualTo(2569);
    assertThat(FiscalCalendar.fiscalYearOf(LocalDate.of(2026, 10, 1))).isEqualTo(2570);
    assertThat(FiscalCalendar.fiscalYearOf(LocalDate.of(2026, 11, 21))).isEqualTo(2570);
    assertThat(FiscalCalendar.fiscalYearOf(LocalDate.of(2027, 1, 1))).isEqualTo(2570);
    assertThat(FiscalCalendar.fiscalYearOf(LocalDate.of(2027, 9, 30))).isEqualTo(2570);
    assertThat(FiscalCalendar.fiscalYearOf(LocalDate.of(2027, 10, 1))).isEqualTo(2571);
  }

  @Test
  void convertsBetweenBuddhistAndCommonEra() {
    assertThat(FiscalCalendar.toBuddhistEra(2026)).isEqualTo(2569);
    assertThat(FiscalCalendar.toCommonEra(2570)).isEqualTo(2027);
  }

  @Test
  void monthsOctoberToDecemberBelongToTheCalendarYearBefore() {
    assertThat(FiscalCalendar.monthOf(2570, 10)).isEqualTo(YearMonth.of(2026, 10));
    assertThat(FiscalCalendar.monthOf(2570, 12)).isEqualTo(YearMonth.of(2026, 12));
    assertThat(FiscalCalendar.monthOf(2570, 1)).isEqualTo(YearMonth.of(2027, 1));
    assertThat(FiscalCalendar.monthOf(2570, 9)).isEqualTo(YearMonth.of(2027, 9));
  }

  @Test
  void octoberToNovemberIsDueAtTheEndOfNovember() {
    assertThat(local(calendar.monthEnd(2570, 11))).isEqualTo(LocalDateTime.of(2026, 11, 30, 16, 30));
  }

  @Test
  void septemberOfThePreviousFiscalYear() {
    assertThat(local(calendar.monthEnd(2570 - 1, 9))).isEqualTo(LocalDateTime.of(2026, 9, 30, 16, 30));
  }

  @Test
  void septemberToOctoberEndsInOctoberOfTheNextFiscalYear() {
    // 31 October 2570 is a Sunday: due on Friday the 29th
    assertThat(local(calendar.monthEnd(2570 + 1, 10))).isEqualTo(LocalDateTime.of(2027, 10, 29, 16, 30));
  }

  @Test
  void marchRoundStartsOnTheFirstOfMarchAndFebruaryKnowsLeapYears() {
    assertThat(local(calendar.monthStart(2570, 3))).isEqualTo(LocalDateTime.of(2027, 3, 1, 8, 30));
    // 28 February 2570 is a Sunday: due on Friday the 26th
    assertThat(local(calendar.monthEnd(2570, 2))).isEqualTo(LocalDateTime.of(2027, 2, 26, 16, 30));
    // FY 2571 ends in CE 2028, a leap year
    assertThat(local(calendar.monthEnd(2571, 2))).isEqualTo(LocalDateTime.of(2028, 2, 29, 16, 30));
  }

  @Test
  void configuredDefaultsReadMonthSpecs() {
    assertThat(local(calendar.configured("plan", 2570))).isEqualTo(LocalDateTime.of(2026, 11, 30, 16, 30));
    assertThat(local(calendar.configured("policy-monitoring.study", 2570))).isEqualTo(LocalDateTime.of(2026, 9, 30, 16, 30));
    assertThat(local(calendar.configured("annual-report.approval", 2570))).isEqualTo(LocalDateTime.of(2027, 11, 30, 16, 30));
    assertThatThrownBy(() -> calendar.configured("unknown", 2570)).hasMessageContaining("me.calendar.defaults.unknown");
  }

  @Test
  void externalDeadlineWinsOverTheFallback() {
    Date fallback = calendar.monthEnd(2570, 11);
    assertThat(calendar.due(null, fallback)).isEqualTo(fallback);
    assertThat(calendar.due("", fallback)).isEqualTo(fallback);
    assertThat(local(calendar.due("2027-03-15", fallback))).isEqualTo(LocalDateTime.of(2027, 3, 15, 16, 30));
    Date given = calendar.monthEnd(2570, 4);
    assertThat(calendar.due(given, fallback)).isEqualTo(given);
    assertThatThrownBy(() -> calendar.due("15/03/2570", fallback)).hasMessageContaining("15/03/2570");
  }

  @Test
  void relativeDatesCountWholeDaysAndMonths() {
    Date start = calendar.endOfOfficeDay(LocalDate.of(2027, 1, 31));
    // 28 February is a Sunday, 31 December a holiday (วันสิ้นปี): the working day before
    assertThat(local(calendar.monthsAfter(start, 1))).isEqualTo(LocalDateTime.of(2027, 2, 26, 16, 30));
    assertThat(local(calendar.daysAfter(start, 15))).isEqualTo(LocalDateTime.of(2027, 2, 15, 16, 30));
    assertThat(local(calendar.daysBefore(start, 31))).isEqualTo(LocalDateTime.of(2026, 12, 30, 16, 30));
    assertThat(calendar.earliest(start, null)).isEqualTo(start);
    assertThat(calendar.earliest(calendar.monthEnd(2570, 3), start)).isEqualTo(start);
  }

  @Test
  void dueDatesOnHolidaysMoveToTheLastWorkingDayBeforeOrTheFirstAfter() {
    // 19 July 2570 is วันเข้าพรรษา, the 20th the substitution day of วันอาสาฬหบูชา (Sunday 18th)
    assertThat(local(calendar.due("2027-07-20", null))).isEqualTo(LocalDateTime.of(2027, 7, 16, 16, 30));
    FiscalCalendar after = new FiscalCalendar(new CalendarProperties(LocalTime.of(8, 30), LocalTime.of(16, 30),
        Map.of("plan", "10+1"), null, CalendarProperties.Shift.AFTER));
    assertThat(local(after.due("2027-07-20", null))).isEqualTo(LocalDateTime.of(2027, 7, 21, 16, 30));
    // 31 October 2570 is a Sunday
    assertThat(local(after.configured("plan", 2570))).isEqualTo(LocalDateTime.of(2027, 11, 1, 16, 30));
    assertThat(local(after.monthEnd(2570, 2))).isEqualTo(LocalDateTime.of(2027, 3, 1, 16, 30));
  }

  @Test
  void timersThatStartWorkFireOnTheMorningOfAWorkingDay() {
    // 1 January 2570 (New Year, a Friday), then a weekend: Monday 4 January
    assertThat(local(calendar.monthStart(2570, 1))).isEqualTo(LocalDateTime.of(2027, 1, 4, 8, 30));
    // 13 October 2569 (วันนวมินทรมหาราช, a Tuesday): Wednesday the 14th
    assertThat(local(calendar.dayOf(2570, 10, 13))).isEqualTo(LocalDateTime.of(2026, 10, 14, 8, 30));
    assertThat(local(calendar.monthStart(2570, 3))).isEqualTo(LocalDateTime.of(2027, 3, 1, 8, 30));
  }

  @Test
  void currentFiscalYearFollowsTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 9, 30, 23, 59).atZone(FiscalCalendar.BANGKOK).toInstant()));
    assertThat(calendar.currentFiscalYear()).isEqualTo(2569);
    // 1 October 00:30 in Bangkok is still 30 September in UTC: the Thai date decides
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 10, 1, 0, 30).atZone(FiscalCalendar.BANGKOK).toInstant()));
    assertThat(calendar.currentFiscalYear()).isEqualTo(2570);
  }

  @Test
  void thaiDatesUseTheBuddhistEra() {
    assertThat(ThaiDates.shortDate(LocalDate.of(2027, 3, 15))).isEqualTo("15 มี.ค. 2570");
    assertThat(ThaiDates.longDate(LocalDate.of(2026, 10, 1))).isEqualTo("1 ตุลาคม 2569");
  }
}
