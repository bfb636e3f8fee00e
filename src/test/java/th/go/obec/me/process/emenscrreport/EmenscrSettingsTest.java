package th.go.obec.me.process.emenscrreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * {@code me.emenscr.*} binds to a validated record: the manual's four committees and 15 days by
 * default; a bad address or a negative number of days stops the start with the property named.
 */
class EmenscrSettingsTest {

  @Configuration
  @EnableConfigurationProperties(EmenscrSettings.class)
  static class Settings {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class);

  @Test
  void defaultsToTheFourCommitteesAndFifteenDays() {
    context.run(started -> {
      EmenscrSettings settings = started.getBean(EmenscrSettings.class);
      assertThat(settings.url()).isEqualTo("https://emenscr.nesdc.go.th");
      assertThat(settings.committeeTitles()).hasSize(4).allMatch(title -> title.contains("eMENSCR"));
      assertThat(settings.progressDaysAfterQuarter()).isEqualTo(15);
    });
  }

  @Test
  void takesTheConfiguredCommittees() {
    context.withPropertyValues("me.emenscr.committee-titles[0]=คำสั่งแต่งตั้งคณะกรรมการ ก",
            "me.emenscr.progress-days-after-quarter=20")
        .run(started -> {
          assertThat(started.getBean(EmenscrSettings.class).committeeTitles()).containsExactly("คำสั่งแต่งตั้งคณะกรรมการ ก");
          assertThat(started.getBean(EmenscrSettings.class).progressDaysAfterQuarter()).isEqualTo(20);
        });
  }

  @Test
  void refusesABadAddressOrNegativeDays() {
    context.withPropertyValues("me.emenscr.url=emenscr")
        .run(started -> assertThat(started).hasFailed().getFailure()
            .hasStackTraceContaining("me.emenscr").hasStackTraceContaining("url"));
    context.withPropertyValues("me.emenscr.progress-days-after-quarter=-1")
        .run(started -> assertThat(started).hasFailed().getFailure()
            .hasStackTraceContaining("progressDaysAfterQuarter"));
  }
}
