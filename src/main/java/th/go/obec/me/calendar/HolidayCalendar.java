package th.go.obec.me.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import th.go.obec.me.config.YamlFiles;

/**
 * Thailand's working days: weekends, the public holidays ({@link ThaiPublicHolidays}: fixed,
 * lunar, substitution days) and the extra days the cabinet announces each year, which the
 * administrator writes in the holidays file ({@code me.calendar.holidays-file}, README "Working
 * days"). The file can also cancel a computed day (the cabinet moved it).
 *
 * <p>Holidays are computed for 2560-2600 BE (and a year either side, for the fiscal-year edges
 * and substitutions); outside that range only weekends and the file's days are days off.
 */
@Component
public class HolidayCalendar {

  public static final int FIRST_BE_YEAR = 2560;
  public static final int LAST_BE_YEAR = 2600;

  private static final Logger LOG = LoggerFactory.getLogger(HolidayCalendar.class);

  private final Map<LocalDate, String> extraDays = new HashMap<>();
  private final Set<LocalDate> cancelled = new HashSet<>();
  private final Map<Integer, List<Holiday>> byYear = new ConcurrentHashMap<>();

  public HolidayCalendar(CalendarProperties properties) {
    String location = properties.holidaysFile();
    if (location != null && !location.isBlank()) {
      read(new DefaultResourceLoader().getResource(location.trim()), location.trim());
    }
  }

  private void read(Resource resource, String location) {
    if (!resource.exists()) {
      throw new IllegalStateException("me.calendar.holidays-file: " + location + " does not exist");
    }
    JsonNode root;
    try (InputStream in = resource.getInputStream()) {
      root = YamlFiles.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("me.calendar.holidays-file: " + location + " is not readable YAML: "
          + e.getMessage(), e);
    }
    if (root == null) {
      return;
    }
    for (JsonNode day : root.path("days")) {
      LocalDate date = parse(day.path("date").asText(), location);
      String name = day.path("name").asText("").trim();
      extraDays.put(date, name.isEmpty() ? "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ" : name);
    }
    for (JsonNode day : root.path("cancelled")) {
      cancelled.add(parse(day.isObject() ? day.path("date").asText() : day.asText(), location));
    }
    LOG.info("Holidays file {}: {} extra days, {} cancelled days", location, extraDays.size(), cancelled.size());
  }

  private static LocalDate parse(String text, String location) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("me.calendar.holidays-file " + location + ": '" + text
          + "' is not a date (YYYY-MM-DD, Common Era)", e);
    }
  }

  /** Whether the public holidays of a Buddhist Era year are computed (2560-2600). */
  public static boolean covers(int beYear) {
    return beYear >= FIRST_BE_YEAR && beYear <= LAST_BE_YEAR;
  }

  /** Every day off of a CE year but weekends, in date order. */
  public List<Holiday> holidays(int ceYear) {
    return byYear.computeIfAbsent(ceYear, this::compute);
  }

  private List<Holiday> compute(int ceYear) {
    int be = FiscalCalendar.toBuddhistEra(ceYear);
    List<Holiday> days = new ArrayList<>();
    if (be >= FIRST_BE_YEAR - 1 && be <= LAST_BE_YEAR + 1) {
      for (Holiday day : ThaiPublicHolidays.withSubstitutions(ceYear, extraDays.keySet())) {
        if (!cancelled.contains(day.date())) {
          days.add(day);
        }
      }
    }
    extraDays.forEach((date, name) -> {
      if (date.getYear() == ceYear) {
        days.add(new Holiday(date, name, Holiday.Kind.CONFIGURED));
      }
    });
    days.sort(null);
    // two holidays on one day (วันเข้าพรรษา on the King's birthday, 28 July 2561) are one day off
    List<Holiday> merged = new ArrayList<>();
    for (Holiday day : days) {
      Holiday last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.date().equals(day.date())) {
        merged.set(merged.size() - 1, new Holiday(day.date(), last.name() + " และ" + day.name(), last.kind()));
      } else {
        merged.add(day);
      }
    }
    return List.copyOf(merged);
  }

  /** The days off of a fiscal year (1 October to 30 September), in date order. */
  public List<Holiday> fiscalYear(int fiscalYear) {
    LocalDate first = FiscalCalendar.firstDay(fiscalYear);
    LocalDate last = FiscalCalendar.lastDay(fiscalYear);
    List<Holiday> days = new ArrayList<>();
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      for (Holiday day : holidays(year)) {
        if (!day.date().isBefore(first) && !day.date().isAfter(last)) {
          days.add(day);
        }
      }
    }
    return days;
  }

  public boolean isHoliday(LocalDate day) {
    return holidays(day.getYear()).stream().anyMatch(holiday -> holiday.date().equals(day));
  }

  public boolean isWorkingDay(LocalDate day) {
    return !ThaiPublicHolidays.isWeekend(day) && !isHoliday(day);
  }

  /** The day itself when it is a working day, otherwise the last working day before it. */
  public LocalDate workingDayOnOrBefore(LocalDate day) {
    LocalDate result = day;
    while (!isWorkingDay(result)) {
      result = result.minusDays(1);
    }
    return result;
  }

  /** The day itself when it is a working day, otherwise the first working day after it. */
  public LocalDate workingDayOnOrAfter(LocalDate day) {
    LocalDate result = day;
    while (!isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }
}
