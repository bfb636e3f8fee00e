package th.go.obec.me.process.policymonitoring;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.ThaiDates;

/**
 * The configured parts of {@code policy-monitoring} for its BPMN expressions:
 * {@code ${policyMonitoring.planningGroup}} routes steps 1-2 and
 * {@code ${policyMonitoring.roundMonths}} drives the reporting rounds.
 */
@Component("policyMonitoring")
public class PolicyMonitoring {

  private final String planningGroup;
  private final List<Integer> roundMonths;

  public PolicyMonitoring(PolicyMonitoringProperties properties) {
    if (properties.planningGroup() == null || properties.planningGroup().isBlank()) {
      throw new IllegalArgumentException("me.policy-monitoring.planning-group must name a group");
    }
    if (properties.roundMonths() == null || properties.roundMonths().isEmpty()) {
      throw new IllegalArgumentException("me.policy-monitoring.round-months must list at least one month");
    }
    for (Integer month : properties.roundMonths()) {
      if (month == null || month < 1 || month > 12) {
        throw new IllegalArgumentException("me.policy-monitoring.round-months must be months 1-12, was "
            + properties.roundMonths());
      }
    }
    this.planningGroup = properties.planningGroup().trim();
    // Rounds run one after another through the fiscal year, which begins in October.
    this.roundMonths = properties.roundMonths().stream().distinct()
        .sorted(Comparator.comparingInt(PolicyMonitoring::fiscalOrder)).toList();
  }

  public String getPlanningGroup() {
    return planningGroup;
  }

  /** The round months in fiscal-year order (October first), e.g. [3, 9]. */
  public List<Integer> getRoundMonths() {
    return roundMonths;
  }

  /** "รอบเดือนมีนาคม": what a round's tasks are for, in their names. */
  public String roundName(int month) {
    return "รอบเดือน" + ThaiDates.monthName(month);
  }

  private static int fiscalOrder(int month) {
    return (month + 2) % 12;
  }
}
