package th.go.obec.me.rule;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refusal by one of the office's rules: bad or missing input, a duplicate start, a value too
 * large. Process beans, guards and listeners throw it with a Thai message and its English after
 * " / "; the REST layer (web/RestErrors) answers it with {@link #status()} and the engine's JSON
 * error shape, wherever the engine wrapped it (an expression, a listener, a REST resource), so
 * that no rule of the office ever comes back as a 500. It is the engine's "bad user request", so
 * that callers of the Java API that expect an engine exception keep working and the engine logs
 * it at DEBUG, not as an ERROR with a stack trace; it names no REST type.
 */
public class OfficeRuleException extends BadUserRequestException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal, and the HTTP status it answers. */
  public enum Kind {
    INVALID(400), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;

  public OfficeRuleException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** Input the rule refuses (400). */
  public static OfficeRuleException invalid(String thai, String english) {
    return new OfficeRuleException(Kind.INVALID, thai + " / " + english);
  }

  /** Something named that does not exist (404). */
  public static OfficeRuleException notFound(String thai, String english) {
    return new OfficeRuleException(Kind.NOT_FOUND, thai + " / " + english);
  }

  /** Work that may exist once and already does (409). */
  public static OfficeRuleException conflict(String thai, String english) {
    return new OfficeRuleException(Kind.CONFLICT, thai + " / " + english);
  }

  /** A request larger than a configured limit (413). */
  public static OfficeRuleException tooLarge(String thai, String english) {
    return new OfficeRuleException(Kind.TOO_LARGE, thai + " / " + english);
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return kind.status();
  }

  /**
   * The office rule behind an exception, however deep the engine wrapped it (expression
   * evaluation, listener invocation, a REST resource's own exception): causes and suppressed
   * exceptions are searched, each once.
   */
  public static Optional<OfficeRuleException> findIn(Throwable thrown) {
    return find(thrown, new IdentityHashMap<>());
  }

  private static Optional<OfficeRuleException> find(Throwable thrown, Map<Throwable, Boolean> seen) {
    if (thrown == null || seen.put(thrown, Boolean.TRUE) != null) {
      return Optional.empty();
    }
    if (thrown instanceof OfficeRuleException rule) {
      return Optional.of(rule);
    }
    Optional<OfficeRuleException> inCause = find(thrown.getCause(), seen);
    if (inCause.isPresent()) {
      return inCause;
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      Optional<OfficeRuleException> found = find(suppressed, seen);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
