package th.go.obec.me.process.developmentplanevaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The period of the office's basic-education development plan (แผนพัฒนาการศึกษาขั้นพื้นฐาน), in
 * Buddhist Era fiscal years ({@code me.development-plan.first-year}, {@code last-year}).
 */
@ConfigurationProperties("me.development-plan")
public record DevelopmentPlanProperties(int firstYear, int lastYear) {

  public DevelopmentPlanProperties {
    if (firstYear <= 0 || lastYear < firstYear) {
      throw new IllegalArgumentException("me.development-plan needs first-year <= last-year (Buddhist Era), was "
          + firstYear + "-" + lastYear);
    }
  }
}
