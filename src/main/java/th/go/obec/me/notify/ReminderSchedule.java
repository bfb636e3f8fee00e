package th.go.obec.me.notify;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a task's reminder job still has to send, as its job configuration: the task, the due date
 * the moments were computed for, the task revision that set that due date (which orders two jobs
 * of the same task) and the moment of each message not sent yet, e.g.
 * {@code R|<taskId>|<dueMillis>|<revision>|B:<millis>,D:<millis>,H:<millis>,X:<millis>}.
 */
public record ReminderSchedule(String taskId, long due, int revision, Map<ReminderKind, Long> moments)
    implements ReminderJobConfiguration {

  static final String PREFIX = "R|";

  public ReminderSchedule {
    moments = moments.isEmpty() ? Map.of() : new EnumMap<>(moments);
  }

  static ReminderSchedule of(String taskId, Date due, int revision, Map<ReminderKind, Date> moments) {
    Map<ReminderKind, Long> millis = new EnumMap<>(ReminderKind.class);
    moments.forEach((kind, at) -> millis.put(kind, at.getTime()));
    return new ReminderSchedule(taskId, due.getTime(), revision, millis);
  }

  static boolean isSchedule(String configuration) {
    return configuration.startsWith(PREFIX);
  }

  static ReminderSchedule parse(String configuration) {
    String[] parts = configuration.split("\\|", -1);
    Map<ReminderKind, Long> moments = new EnumMap<>(ReminderKind.class);
    if (!parts[4].isEmpty()) {
      for (String entry : parts[4].split(",")) {
        String[] codeAndMillis = entry.split(":");
        moments.put(kind(codeAndMillis[0]), Long.parseLong(codeAndMillis[1]));
      }
    }
    return new ReminderSchedule(parts[1], Long.parseLong(parts[2]), Integer.parseInt(parts[3]), moments);
  }

  @Override
  public String toCanonicalString() {
    List<String> entries = new ArrayList<>();
    moments.forEach((kind, at) -> entries.add(kind.code() + ":" + at));
    return PREFIX + taskId + "|" + due + "|" + revision + "|" + String.join(",", entries);
  }

  /** The messages whose moment has come, in the order they fall due. */
  List<ReminderKind> dueAt(Date now) {
    return moments.entrySet().stream().filter(entry -> entry.getValue() <= now.getTime()).map(Map.Entry::getKey)
        .toList();
  }

  /** The same schedule without the messages just sent. */
  ReminderSchedule without(List<ReminderKind> sent) {
    Map<ReminderKind, Long> rest = new EnumMap<>(ReminderKind.class);
    rest.putAll(moments);
    sent.forEach(rest::remove);
    return new ReminderSchedule(taskId, due, revision, rest);
  }

  boolean isEmpty() {
    return moments.isEmpty();
  }

  /** The moment of the next message. */
  Date next() {
    return new Date(moments.values().stream().mapToLong(Long::longValue).min().orElseThrow());
  }

  private static ReminderKind kind(String code) {
    for (ReminderKind kind : ReminderKind.values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown reminder code " + code);
  }
}
