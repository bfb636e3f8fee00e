package th.go.obec.me.notify;

import java.time.YearMonth;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/**
 * The configuration of one digest message job ({@code me-digest-message}): whom it is for and
 * which month, stored as {@code PERSON|yyyy-MM|userId} (a person's digest) or
 * {@code ADMIN|yyyy-MM|userId} (an administrator's report).
 */
public record DigestMessage(Audience audience, YearMonth month, String userId) implements JobHandlerConfiguration {

  /** A person's own digest, or the report of problems to an administrator. */
  public enum Audience {
    PERSON, ADMIN
  }

  private static final String SEPARATOR = "|";

  static DigestMessage parse(String configuration) {
    // the user id is last and taken whole: a user id may itself contain the separator
    String[] parts = configuration.split("\\|", 3);
    return new DigestMessage(Audience.valueOf(parts[0]), YearMonth.parse(parts[1]), parts[2]);
  }

  @Override
  public String toCanonicalString() {
    return audience.name() + SEPARATOR + month + SEPARATOR + userId;
  }
}
