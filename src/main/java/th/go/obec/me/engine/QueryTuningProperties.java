package th.go.obec.me.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The engine levers that keep Tasklist fast when tens of thousands of tasks are open (README
 * "Speed at scale"). Each can be switched off to measure its effect ({@code bench/ScaleBenchmark}).
 *
 * @param taskAuthorizationRewrite the task query checks authorization with our own SQL
 *     ({@link TaskQueryTuning}) instead of the engine's join
 * @param indexes our indexes for the Tasklist queries are created at start-up ({@link TaskQueryIndexes})
 * @param personQueries Tasklist's queries of a person (its filters, "my groups or mine") start from
 *     the person's identity links and assigned tasks, not from every open task ({@link PersonTaskQuery});
 *     only with {@code taskAuthorizationRewrite} on
 * @param skipCoveredTaskGrants no per-task authorization row for a candidate group whose
 *     process-definition grant already says the same ({@link GroupGrantAwareAuthorizationProvider})
 */
@Validated
@ConfigurationProperties("me.query-tuning")
public record QueryTuningProperties(
    @DefaultValue("true") boolean taskAuthorizationRewrite,
    @DefaultValue("true") boolean indexes,
    @DefaultValue("true") boolean skipCoveredTaskGrants,
    @DefaultValue("true") boolean personQueries) {
}
