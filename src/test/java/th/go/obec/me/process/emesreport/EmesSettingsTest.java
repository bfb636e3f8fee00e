package th.go.obec.me.process.emesreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code me.emes.*} binds to a validated record: the default address, a given one, a bad one refused at start-up. */
class EmesSettingsTest {

  @Configuration
  @EnableConfigurationProperties(EmesSettings.class)
  static class Settings {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class);

  @Test
  void defaultsToTheLastKnownAddress() {
    context.run(started -> assertThat(started.getBean(EmesSettings.class).url())
        .isEqualTo("http://eva65.learningobec.com/login.php"));
  }

  @Test
  void takesTheConfiguredAddress() {
    context.withPropertyValues("me.emes.url=https://eva70.learningobec.com/login.php")
        .run(started -> assertThat(started.getBean(EmesSettings.class).url())
            .isEqualTo("https://eva70.learningobec.com/login.php"));
  }

  @Test
  void refusesAnAddressThatIsNoWebAddress() {
    context.withPropertyValues("me.emes.url=eva70 learningobec")
        .run(started -> assertThat(started).hasFailed().getFailure()
            .hasStackTraceContaining("me.emes").hasStackTraceContaining("url"));
  }
}
