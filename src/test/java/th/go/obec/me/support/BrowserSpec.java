package th.go.obec.me.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs one browser spec, {@code src/test/browser/<name>.spec.mjs} (Playwright driving Debian's
 * Chromium), with the scenario file the test wrote, prints what it printed, and asserts that it
 * finished in time with every check passed.
 */
public final class BrowserSpec {

  /** Debian's Chromium, or the browser the CHROMIUM environment variable names. */
  public static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

  private BrowserSpec() {
  }

  /** Checked first by each browser test, so that a machine without Chromium says what to install. */
  public static void requireChromium() {
    assertThat(new File(CHROMIUM)).as("Chromium is needed for the browser tests: apt-get install chromium"
        + " fonts-thai-tlwg (or set CHROMIUM to its path)").exists();
  }

  /**
   * Writes the scenario (with the Chromium path and the screenshot folder every spec reads) to a
   * file and runs the spec with it.
   *
   * @return what the spec printed (its checks, one a line)
   */
  public static String run(String name, Map<String, Object> scenario) throws IOException, InterruptedException {
    Map<String, Object> all = new LinkedHashMap<>(scenario);
    all.put("chromium", CHROMIUM);
    all.put("screenshots", "target/screenshots");
    Path file = Files.createTempFile(name + "-scenario", ".json");
    Files.writeString(file, new ObjectMapper().writeValueAsString(all), StandardCharsets.UTF_8);
    return run(name, file);
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
