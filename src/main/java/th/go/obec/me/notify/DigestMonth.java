package th.go.obec.me.notify;

import java.time.YearMonth;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/** The configuration of a month's digest job ({@code me-monthly-digest}): the month, stored as {@code yyyy-MM}. */
public record DigestMonth(YearMonth month) implements JobHandlerConfiguration {

  static DigestMonth parse(String configuration) {
    return new DigestMonth(YearMonth.parse(configuration));
  }

  @Override
  public String toCanonicalString() {
    return month.toString();
  }
}
