package th.go.obec.me.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs one browser spec, {@code src/test/browser/<name>.spec.mjs} (Playwright driving Debian's
 * Chromium), with the scenario file the test wrote, prints what it printed, and asserts that it
 * finished in time with every check passed.
 */
public final class BrowserSpec {

  private BrowserSpec() {
  }

  /** @return what the spec printed (its checks, one a line) */
  public static String run(String name, Path scenario) throws IOException, InterruptedException {
    Process browser = new ProcessBuilder("node", "src/test/browser/" + name + ".spec.mjs", scenario.toString())
        .redirectErrorStream(true).start();
    String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean finished = browser.waitFor(4, TimeUnit.MINUTES);
    System.out.println(output);

    assertThat(finished).as("browser test finished in time").isTrue();
    assertThat(browser.exitValue()).as(output).isZero();
    assertThat(output).contains("all checks passed");
    return output;
  }
}
