package th.go.obec.me.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import th.go.obec.me.MeWorkflowApplication;

/**
 * The whole application started by hand on a fresh database of the embedded PostgreSQL server,
 * for tests and benchmarks that need more than the one context Spring's test support gives (two
 * nodes on one database) or a context of their own outside JUnit's (the benchmarks).
 */
public final class PostgresApplication {

  private PostgresApplication() {
  }

  /** A fresh, empty database on the shared server, named with the prefix; its JDBC URL. */
  public static String freshDatabase(String prefix) {
    return EmbeddedPostgresServer.newDatabase(prefix + "_" + UUID.randomUUID().toString().replace("-", ""));
  }

  /**
   * Starts the application (profile "test", a random port, no JMX, no web apps) on the database;
   * {@code more} are further "--name=value" arguments. The caller closes the context.
   * Without the web apps: Cockpit, Admin and Tasklist keep their engine in static fields that a
   * context sets when it starts and empties when it closes, which would leave the web apps of the
   * Spring test context the browser tests share (PostgresWebTest) without an engine.
   */
  public static ConfigurableApplicationContext start(String url, String... more) {
    MeWorkflowApplication.useBangkokTime();
    List<String> args = new ArrayList<>(List.of("--server.port=0",
        "--spring.jmx.enabled=false",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--spring.datasource.driver-class-name=org.postgresql.Driver",
        "--camunda.bpm.database.type=postgres",
        "--camunda.bpm.webapp.enabled=false"));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(MeWorkflowApplication.class).profiles("test").run(args.toArray(String[]::new));
  }
}
