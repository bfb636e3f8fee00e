package th.go.obec.me.rule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * How much one request may carry ({@code me.limits.*}): far above what a person types in a form,
 * low enough that a careless client cannot fill the database or the server's memory.
 *
 * @param requestBody     a request body to /engine-rest or the web apps' API (413 above it)
 * @param textLength      characters of one text value, also inside a list's rows (400)
 * @param variables       variables in one request (400)
 * @param listItems       rows of one list (dynamic list, checklist, JSON array) (400)
 * @param dateYearsAround how many years before or after the current fiscal year a date may lie
 *                        before it is taken for a Buddhist Era / Common Era mix-up (400)
 */
@Validated
@ConfigurationProperties("me.limits")
public record Limits(
    @NotNull(message = "ต้องเป็นขนาด เช่น 1MB (LIMIT_REQUEST_BODY) / must be a size such as 1MB") DataSize requestBody,
    @DefaultValue("20000") @Positive(message = MORE_THAN_ZERO) int textLength,
    @DefaultValue("200") @Positive(message = MORE_THAN_ZERO) int variables,
    @DefaultValue("500") @Positive(message = MORE_THAN_ZERO) int listItems,
    @DefaultValue("20") @Positive(message = MORE_THAN_ZERO) int dateYearsAround) {

  private static final String MORE_THAN_ZERO = "ต้องมากกว่า 0 / must be more than 0";
}
