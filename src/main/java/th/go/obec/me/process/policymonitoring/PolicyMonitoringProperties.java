package th.go.obec.me.process.policymonitoring;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What differs between offices in policy monitoring ({@code me.policy-monitoring.*}).
 *
 * @param planningGroup the group that studies the policies and drafts the monitoring plan (steps
 *                      1-2): {@code planning} in manual 000; an office where the monitoring unit does
 *                      every step (manual 001) sets {@code monitoring}
 * @param roundMonths   the months (1-12) of the reporting rounds: twice a year, March and September,
 *                      in manual 000; only September in manual 001
 */
@ConfigurationProperties("me.policy-monitoring")
public record PolicyMonitoringProperties(
    @DefaultValue("planning") String planningGroup,
    @DefaultValue({"3", "9"}) List<Integer> roundMonths) {
}
