package th.go.obec.me.guard;

/**
 * The catalogue's business key {@code <key>:<fiscalYear>[:<round>]}: the one place that writes and
 * reads it (the start guard gives it, the board and the year's work look instances up by it).
 */
public final class BusinessKeys {

  private static final String SEPARATOR = ":";

  private BusinessKeys() {
  }

  /** {@code <key>:<fiscalYear>}: the key of a process's one instance of a year. */
  public static String of(String processKey, int fiscalYear) {
    return processKey + SEPARATOR + fiscalYear;
  }

  /** {@code <key>:<fiscalYear>:<round>}, or {@code <key>:<fiscalYear>} when there is no round. */
  public static String of(String processKey, int fiscalYear, Object round) {
    String yearKey = of(processKey, fiscalYear);
    return round == null || round.toString().isBlank() ? yearKey : yearKey + SEPARATOR + round.toString().trim();
  }

  /** Whether a business key is {@code <key>:<fiscalYear>} or one of its rounds. */
  public static boolean isOfYear(String businessKey, String processKey, int fiscalYear) {
    String yearKey = of(processKey, fiscalYear);
    return businessKey != null && (businessKey.equals(yearKey) || businessKey.startsWith(yearKey + SEPARATOR));
  }

  /** The round of a key of that year ({@code <key>:<fiscalYear>:<round>}), or null for none. */
  public static String roundOf(String businessKey, String processKey, int fiscalYear) {
    String yearKey = of(processKey, fiscalYear);
    return isOfYear(businessKey, processKey, fiscalYear) && businessKey.length() > yearKey.length()
        ? businessKey.substring(yearKey.length() + SEPARATOR.length()) : null;
  }
}
