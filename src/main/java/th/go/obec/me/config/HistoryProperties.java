package th.go.obec.me.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * How long finished processes are kept ({@code me.history.*}). The default (ten years) is written
 * once, in {@code application.yaml} ({@code HISTORY_TTL}); the engine's own default for deployed
 * definitions ({@code camunda.bpm.generic-properties}) reads this key.
 *
 * @param timeToLive days, as an ISO-8601 period such as {@code P3650D} ({@code HISTORY_TTL})
 */
@Validated
@ConfigurationProperties("me.history")
public record HistoryProperties(
    @NotNull(message = "ต้องตั้งค่า HISTORY_TTL / HISTORY_TTL must be set")
    @Pattern(regexp = "P0*[1-9][0-9]*D", flags = Pattern.Flag.CASE_INSENSITIVE,
        message = "HISTORY_TTL ต้องเป็นจำนวนวัน เช่น P3650D / HISTORY_TTL must be a number of days such as P3650D")
    String timeToLive) {
}
