package th.go.obec.me.notify;

/**
 * A reminder job of the first design: one job per message, stored as {@code KIND|taskId|dueMillis}.
 * No longer written, still read and run (jobs of an office that upgraded are in its database).
 */
public record SingleReminder(ReminderKind kind, String taskId, long due) implements ReminderJobConfiguration {

  private static final String SEPARATOR = "|";

  static SingleReminder parse(String configuration) {
    String[] parts = configuration.split("\\|");
    return new SingleReminder(ReminderKind.valueOf(parts[0]), parts[1], Long.parseLong(parts[2]));
  }

  @Override
  public String toCanonicalString() {
    return kind.name() + SEPARATOR + taskId + SEPARATOR + due;
  }
}
