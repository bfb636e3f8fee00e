package th.go.obec.me.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Thailand's public holidays of a CE year as the government has observed them in recent years:
 * the fixed-date days (each from the year it was introduced), the four Buddhist days of the lunar
 * calendar, and the substitution days (วันหยุดชดเชย). Cabinet's one-off extra days come from the
 * administrator's file ({@link HolidayCalendar}), not from here.
 *
 * <p>Substitution: a holiday on a Saturday or Sunday gives the next working day (not a weekend,
 * not a holiday, not an earlier substitution day) off. Songkran (13-15 April) gives one day, the
 * first working day after the 15th, when any of its three days is a weekend day (as announced in
 * 2560-2568: e.g. 2567's 13 and 14 April on Saturday and Sunday gave 16 April only). วันเข้าพรรษา
 * gives none (a government holiday without substitution, e.g. Sunday 21 July 2567).
 */
public final class ThaiPublicHolidays {

  /** A fixed-date holiday and the first Buddhist Era year it applies. */
  private record Fixed(MonthDay day, String name, int fromBe) {
  }

  private static final String SONGKRAN = "วันสงกรานต์";

  private static final List<Fixed> FIXED = List.of(
      new Fixed(MonthDay.of(1, 1), "วันขึ้นปีใหม่", 0),
      new Fixed(MonthDay.of(4, 6), "วันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราช และวันที่ระลึกมหาจักรีบรมราชวงศ์ (วันจักรี)", 0),
      new Fixed(MonthDay.of(4, 13), SONGKRAN, 0),
      new Fixed(MonthDay.of(4, 14), SONGKRAN, 0),
      new Fixed(MonthDay.of(4, 15), SONGKRAN, 0),
      new Fixed(MonthDay.of(5, 1), "วันแรงงานแห่งชาติ", 0),
      // Coronation Day of King Vajiralongkorn (crowned 4 May 2562), a holiday from 2563
      new Fixed(MonthDay.of(5, 4), "วันฉัตรมงคล", 2563),
      new Fixed(MonthDay.of(6, 3), "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี", 2562),
      new Fixed(MonthDay.of(7, 28), "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", 2560),
      new Fixed(MonthDay.of(8, 12),
          "วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ", 0),
      new Fixed(MonthDay.of(10, 13), "วันนวมินทรมหาราช", 2560),
      new Fixed(MonthDay.of(10, 23), "วันปิยมหาราช", 0),
      new Fixed(MonthDay.of(12, 5),
          "วันคล้ายวันพระบรมราชสมภพของพระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร"
              + " วันชาติ และวันพ่อแห่งชาติ", 0),
      new Fixed(MonthDay.of(12, 10), "วันรัฐธรรมนูญ", 0),
      new Fixed(MonthDay.of(12, 31), "วันสิ้นปี", 0));

  private ThaiPublicHolidays() {
  }

  /** The fixed-date and lunar holidays of a CE year, without substitution days. */
  public static List<Holiday> observances(int ceYear) {
    int be = FiscalCalendar.toBuddhistEra(ceYear);
    List<Holiday> days = new ArrayList<>();
    for (Fixed fixed : FIXED) {
      if (be >= fixed.fromBe()) {
        days.add(new Holiday(fixed.day().atYear(ceYear), fixed.name(), Holiday.Kind.FIXED));
      }
    }
    ThaiLunarCalendar lunar = ThaiLunarCalendar.get();
    days.add(new Holiday(lunar.makhaBucha(ceYear), "วันมาฆบูชา", Holiday.Kind.LUNAR));
    days.add(new Holiday(lunar.visakhaBucha(ceYear), "วันวิสาขบูชา", Holiday.Kind.LUNAR));
    days.add(new Holiday(lunar.asalhaBucha(ceYear), "วันอาสาฬหบูชา", Holiday.Kind.LUNAR));
    days.add(new Holiday(lunar.khaoPhansa(ceYear), "วันเข้าพรรษา", Holiday.Kind.LUNAR));
    days.sort(null);
    return days;
  }

  /**
   * The holidays of a CE year with their substitution days, and with extra days (from the cabinet)
   * taken into account: an extra day is not used as a substitution day. Substitutions of the last
   * days of the year before (31 December on a weekend) that fall in this year are included.
   */
  public static List<Holiday> withSubstitutions(int ceYear, Collection<LocalDate> extraDays) {
    TreeSet<Holiday> result = new TreeSet<>();
    Set<LocalDate> taken = new HashSet<>(extraDays);
    List<Holiday> all = new ArrayList<>(observances(ceYear - 1));
    all.addAll(observances(ceYear));
    all.forEach(day -> taken.add(day.date()));
    for (Holiday day : all) {
      if (day.date().getYear() == ceYear) {
        result.add(day);
      }
    }
    List<Holiday> substitutes = new ArrayList<>();
    Set<LocalDate> substituted = new HashSet<>();
    all.sort(null);
    for (Holiday day : all) {
      LocalDate date = day.date();
      boolean songkran = SONGKRAN.equals(day.name());
      boolean due = songkran
          ? date.getDayOfMonth() == 15 && (isWeekend(date) || isWeekend(date.minusDays(1)) || isWeekend(date.minusDays(2)))
          : isWeekend(date) && !"วันเข้าพรรษา".equals(day.name());
      // two holidays on one weekend day (Visakha Bucha on the Queen's birthday, 3 June 2566) give one day
      if (!due || !substituted.add(date)) {
        continue;
      }
      LocalDate free = nextFree(date, taken);
      taken.add(free);
      substitutes.add(new Holiday(free, "วันหยุดชดเชย" + shortName(day.name()), Holiday.Kind.SUBSTITUTION));
    }
    for (Holiday substitute : substitutes) {
      if (substitute.date().getYear() == ceYear) {
        result.add(substitute);
      }
    }
    return List.copyOf(result);
  }

  private static String shortName(String name) {
    // the announcements name a substitution day by the holiday's common name
    if (name.contains("วันพ่อแห่งชาติ")) {
      return "วันพ่อแห่งชาติ";
    }
    if (name.contains("วันแม่แห่งชาติ")) {
      return "วันแม่แห่งชาติ";
    }
    if (name.endsWith("(วันจักรี)")) {
      return "วันจักรี";
    }
    int cut = name.indexOf(" และ");
    return cut > 0 && name.startsWith("วันเฉลิม") ? name.substring(0, cut) : name;
  }

  private static LocalDate nextFree(LocalDate day, Set<LocalDate> taken) {
    LocalDate next = day.plusDays(1);
    while (isWeekend(next) || taken.contains(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
