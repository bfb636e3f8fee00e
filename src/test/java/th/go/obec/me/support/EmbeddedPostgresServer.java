package th.go.obec.me.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the binaries zonky ships
 * as a Maven artifact; zonky stops it when the JVM ends.
 */
public final class EmbeddedPostgresServer {

  /**
   * The server stops in a JVM shutdown hook, maybe before a Spring context that still closes its
   * engine: a short pool timeout keeps that from holding the JVM's exit for 30 seconds.
   */
  public static final String CONNECTION_TIMEOUT_MS = "1000";

  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {
  }

  public static synchronized EmbeddedPostgres get() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
      }
    }
    return server;
  }

  /**
   * Points a Spring test context at a fresh database of the shared server (named with the prefix),
   * so that each context starts empty.
   */
  public static void useFreshDatabase(DynamicPropertyRegistry registry, String prefix) {
    String url = PostgresApplication.freshDatabase(prefix);
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    registry.add("camunda.bpm.database.type", () -> "postgres");
    registry.add("spring.datasource.hikari.connection-timeout", () -> CONNECTION_TIMEOUT_MS);
  }

  /** A fresh database on the shared server, so that each Spring context starts empty. */
  public static synchronized String newDatabase(String name) {
    try (var connection = get().getPostgresDatabase().getConnection();
         var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    return get().getJdbcUrl("postgres", name);
  }
}
