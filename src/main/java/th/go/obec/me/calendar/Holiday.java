package th.go.obec.me.calendar;

import java.time.LocalDate;

/**
 * One day off: its date and its Thai name (as the cabinet's announcements write it).
 *
 * @param kind where the day comes from: a fixed date, the lunar calendar, a substitution day or
 *             the administrator's holidays file
 */
public record Holiday(LocalDate date, String name, Kind kind) implements Comparable<Holiday> {

  public enum Kind {
    FIXED, LUNAR, SUBSTITUTION, CONFIGURED
  }

  @Override
  public int compareTo(Holiday other) {
    int byDate = date.compareTo(other.date);
    return byDate != 0 ? byDate : name.compareTo(other.name);
  }
}
