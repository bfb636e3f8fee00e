package th.go.obec.me.guard;

import th.go.obec.me.rule.OfficeRuleException;

/**
 * A start the office's rules refuse (a duplicate business key, a missing or implausible fiscal
 * year, a missing round). An office rule like any other: the REST layer answers it with its
 * status (400 or 409) wherever the engine wrapped it.
 */
public class StartRefusedException extends OfficeRuleException {

  private static final long serialVersionUID = 1L;

  public StartRefusedException(Kind kind, String message) {
    super(kind, message);
  }

  /** A message already holding the Thai text and its English after " / ". */
  public static StartRefusedException conflict(String message) {
    return new StartRefusedException(Kind.CONFLICT, message);
  }

  /** A message already holding the Thai text and its English after " / ". */
  public static StartRefusedException badRequest(String message) {
    return new StartRefusedException(Kind.INVALID, message);
  }
}
