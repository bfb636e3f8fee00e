package th.go.obec.me.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Like {@link ProcessEngineTest}, on a real PostgreSQL database started by the test itself. */
public abstract class PostgresProcessEngineTest extends ProcessEngineTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.useFreshDatabase(registry, "me");
  }
}
