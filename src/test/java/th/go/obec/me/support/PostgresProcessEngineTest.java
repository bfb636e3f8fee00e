package th.go.obec.me.support;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Like {@link ProcessEngineTest}, on a real PostgreSQL database started by the test itself. */
public abstract class PostgresProcessEngineTest extends ProcessEngineTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgresServer.newDatabase("me_" + UUID.randomUUID().toString().replace("-", ""));
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    registry.add("camunda.bpm.database.type", () -> "postgres");
    registry.add("spring.datasource.hikari.connection-timeout", () -> EmbeddedPostgresServer.CONNECTION_TIMEOUT_MS);
  }
}
