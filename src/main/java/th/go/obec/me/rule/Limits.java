package th.go.obec.me.rule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

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
@ConfigurationProperties("me.limits")
public record Limits(
    @DefaultValue("1MB") DataSize requestBody,
    @DefaultValue("20000") int textLength,
    @DefaultValue("200") int variables,
    @DefaultValue("500") int listItems,
    @DefaultValue("20") int dateYearsAround) {

  /** The defaults, for code that runs without Spring (engine-level tests). */
  public static Limits defaults() {
    return new Limits(DataSize.ofMegabytes(1), 20000, 200, 500, 20);
  }
}
