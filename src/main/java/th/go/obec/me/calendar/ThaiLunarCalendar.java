package th.go.obec.me.calendar;

import java.time.LocalDate;

/**
 * The Thai lunar calendar (ปฏิทินจันทรคติ) as far as the public holidays need it: for each year
 * (CE), the day its fifth lunar month begins and whether the year is ordinary (354 days), has a
 * leap day (อธิกวาร, 355: month 7 gets a 30th day) or a leap month (อธิกมาส, 384: month 8 is
 * repeated as "8-8"). From these follow the Buddhist holy days.
 *
 * <p>How a year is computed (the Suriyayatra's year elements, in whole units):
 * <ul>
 * <li>For Chula Sakarat year {@code cs = CE - 638}: {@code s = cs * 292207 + 373}; the day count
 * of the solar new year (หรคุณ) is {@code h = s / 800 + 1} and its remainder (กัมมัชพล) is
 * {@code 800 - s % 800}. {@code 11h + 650} divided by 692 gives the lunar days gained (quotient)
 * and the avoman (อวมาน, remainder); {@code (h + quotient) mod 30} is the tithi (ดิถี), the lunar
 * day on which the solar new year falls.</li>
 * <li>Leap month: the tithi is 25 or more, or 5 or less (24 followed by 6 next year also counts,
 * 25 followed by 5 gives the month to the next year instead).</li>
 * <li>The month the solar new year falls in began {@code tithi - 1} days before it (tithi 0 counts
 * as day 1); when that is day 1-5 the month is the sixth, otherwise the fifth. This gives a first
 * estimate of each year's fifth month. The calendar actually begins the fifth month on that day or
 * one day earlier, so that every year has an allowed length (354/355/384, no leap day in a
 * leap-month year).</li>
 * <li>Leap day: the Suriyayatra's candidate is a year whose avoman is at most 126 in a solar leap
 * year (remainder at most 207) or at most 137 otherwise; a candidate in a leap-month year passes
 * to the next year. Among the sequences of fifth-month starts with allowed lengths, the one whose
 * leap days follow these candidates most closely is chosen (a small dynamic programme over the
 * years, two states each).</li>
 * </ul>
 * The leap-day placement of the official calendar is not fully settled by a formula (the Royal
 * Household's astrologers publish it); this reproduces the official years 2560–2573 BE (CE
 * 2017–2030). Administrators correct any future difference through the holidays file.
 */
public final class ThaiLunarCalendar {

  /** The years the holidays are computed for, with margins on both sides for the programme. */
  public static final int FIRST_CE_YEAR = 1957;
  public static final int LAST_CE_YEAR = 2100;

  /** Julian day number of Chula Sakarat day 0, as an epoch day offset (day h is epoch day h - 486421). */
  private static final long EPOCH_DAY_OFFSET = 486_421;

  public enum YearType {
    /** ปกติมาส ปกติวาร: 354 days. */
    ORDINARY(354),
    /** อธิกวาร: 355 days, month 7 has 30 days. */
    LEAP_DAY(355),
    /** อธิกมาส: 384 days, month 8 twice. */
    LEAP_MONTH(384);

    private final int days;

    YearType(int days) {
      this.days = days;
    }

    public int days() {
      return days;
    }
  }

  private static final ThaiLunarCalendar INSTANCE = new ThaiLunarCalendar();

  private final long[] fifthMonthStart = new long[LAST_CE_YEAR - FIRST_CE_YEAR + 2];
  private final YearType[] types = new YearType[LAST_CE_YEAR - FIRST_CE_YEAR + 1];

  private ThaiLunarCalendar() {
    compute();
  }

  public static ThaiLunarCalendar get() {
    return INSTANCE;
  }

  // --- the year elements of the Suriyayatra -----------------------------------------------------

  private static long horakhun(int ceYear) {
    long cs = ceYear - 638L;
    return (cs * 292_207 + 373) / 800 + 1;
  }

  private static long kammacapon(int ceYear) {
    long cs = ceYear - 638L;
    return 800 - (cs * 292_207 + 373) % 800;
  }

  private static long avoman(int ceYear) {
    return (horakhun(ceYear) * 11 + 650) % 692;
  }

  private static int tithi(int ceYear) {
    long h = horakhun(ceYear);
    return (int) ((h + (h * 11 + 650) / 692) % 30);
  }

  static boolean hasLeapMonth(int ceYear) {
    int t = tithi(ceYear);
    int next = tithi(ceYear + 1);
    if (t == 25 && next == 5) {
      return false;
    }
    if (t == 24 && next == 6) {
      return true;
    }
    return t >= 25 || t <= 5;
  }

  private static boolean leapDayCandidate(int ceYear) {
    boolean solarLeapYear = kammacapon(ceYear) <= 207;
    long avoman = avoman(ceYear);
    return solarLeapYear ? avoman <= 126 : avoman <= 137;
  }

  /** The year the Suriyayatra gives the leap day to (a leap-month year passes it on). */
  private static boolean leapDayWanted(int ceYear) {
    if (hasLeapMonth(ceYear)) {
      return false;
    }
    return leapDayCandidate(ceYear) || (hasLeapMonth(ceYear - 1) && leapDayCandidate(ceYear - 1));
  }

  /** First estimate of the fifth month's first day, as a day count from Chula Sakarat's epoch. */
  private static long estimatedFifthMonth(int ceYear) {
    int t = tithi(ceYear);
    int dayOfMonth = t == 0 ? 1 : t;
    return horakhun(ceYear) - (dayOfMonth - 1) - (dayOfMonth < 6 ? 29 : 0);
  }

  // --- the calendar: the choice of fifth-month starts ---------------------------------------------

  private void compute() {
    int years = LAST_CE_YEAR - FIRST_CE_YEAR + 1;
    // cost[y][o]: fewest departures from the Suriyayatra's leap days for years before y, when year
    // y starts o days (0 or 1) before its estimate; from[y][o] the choice for year y-1
    int[][] cost = new int[years + 1][2];
    int[][] from = new int[years + 1][2];
    for (int y = 1; y <= years; y++) {
      int ceYear = FIRST_CE_YEAR + y - 1;
      long length = estimatedFifthMonth(ceYear + 1) - estimatedFifthMonth(ceYear);
      boolean leapMonth = hasLeapMonth(ceYear);
      for (int o = 0; o < 2; o++) {
        cost[y][o] = Integer.MAX_VALUE;
        for (int p = 0; p < 2; p++) {
          if (cost[y - 1][p] == Integer.MAX_VALUE) {
            continue;
          }
          long days = length - o + p;
          boolean allowed = leapMonth ? days == 384 : days == 354 || days == 355;
          if (!allowed) {
            continue;
          }
          int c = cost[y - 1][p] + ((days == 355) == leapDayWanted(ceYear) ? 0 : 1);
          if (c < cost[y][o]) {
            cost[y][o] = c;
            from[y][o] = p;
          }
        }
      }
    }
    int o = cost[years][0] <= cost[years][1] ? 0 : 1;
    for (int y = years; y >= 1; y--) {
      int ceYear = FIRST_CE_YEAR + y - 1;
      fifthMonthStart[y] = estimatedFifthMonth(ceYear + 1) - o;
      o = from[y][o];
    }
    fifthMonthStart[0] = estimatedFifthMonth(FIRST_CE_YEAR) - o;
    for (int y = 0; y < years; y++) {
      long days = fifthMonthStart[y + 1] - fifthMonthStart[y];
      types[y] = days == 384 ? YearType.LEAP_MONTH : days == 355 ? YearType.LEAP_DAY : YearType.ORDINARY;
    }
  }

  private int index(int ceYear) {
    if (ceYear < FIRST_CE_YEAR || ceYear > LAST_CE_YEAR) {
      throw new IllegalArgumentException("Thai lunar calendar computed for CE " + FIRST_CE_YEAR + "-"
          + LAST_CE_YEAR + " only, not " + ceYear);
    }
    return ceYear - FIRST_CE_YEAR;
  }

  public YearType type(int ceYear) {
    return types[index(ceYear)];
  }

  /** The first day (1st waxing, ขึ้น 1 ค่ำ) of the fifth lunar month that falls in a CE year. */
  public LocalDate fifthMonthStart(int ceYear) {
    return LocalDate.ofEpochDay(fifthMonthStart[index(ceYear)] - EPOCH_DAY_OFFSET);
  }

  // --- the Buddhist holy days -------------------------------------------------------------------

  /** วันมาฆบูชา: full moon (ขึ้น 15 ค่ำ) of month 3, of month 4 in a leap-month year. */
  public LocalDate makhaBucha(int ceYear) {
    // months 3 and 4 have 29 and 30 days and come just before month 5
    return fifthMonthStart(ceYear).minusDays(type(ceYear) == YearType.LEAP_MONTH ? 30 - 14 : 59 - 14);
  }

  /** วันวิสาขบูชา: full moon of month 6, of month 7 in a leap-month year. */
  public LocalDate visakhaBucha(int ceYear) {
    return fifthMonthStart(ceYear).plusDays(type(ceYear) == YearType.LEAP_MONTH ? 29 + 30 + 14 : 29 + 14);
  }

  /** วันอาสาฬหบูชา: full moon of month 8, of the second month 8 (8-8) in a leap-month year. */
  public LocalDate asalhaBucha(int ceYear) {
    int monthsFiveToSeven = 29 + 30 + 29 + (type(ceYear) == YearType.LEAP_DAY ? 1 : 0);
    int firstEight = type(ceYear) == YearType.LEAP_MONTH ? 30 : 0;
    return fifthMonthStart(ceYear).plusDays(monthsFiveToSeven + firstEight + 14);
  }

  /** วันเข้าพรรษา: the day after Asalha Bucha (แรม 1 ค่ำ of the same month 8). */
  public LocalDate khaoPhansa(int ceYear) {
    return asalhaBucha(ceYear).plusDays(1);
  }
}
