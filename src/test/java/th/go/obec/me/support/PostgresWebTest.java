package th.go.obec.me.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running server (real HTTP port) on a real PostgreSQL: one context shared by the tests that
 * extend it (the documents API and rule tests, and the three browser tests: Tasklist and forms,
 * documents, the year board). Each test leaves the runtime clean for the next: no running
 * instance, the real clock, nobody authenticated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class PostgresWebTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.useFreshDatabase(registry, "web");
  }

  @LocalServerPort
  protected int port;

  @Autowired
  protected ProcessEngine engine;

  /**
   * Camunda keeps one static registry of engines by name, which the REST API and the web apps read;
   * every Spring context of the test run registers its engine there as "default", the last one
   * started winning. This context may be taken from Spring's cache after others started: its
   * engine is made the registered one again, or REST and Tasklist would answer from another database.
   */
  @BeforeEach
  void registerThisEngine() {
    ProcessEngines.registerProcessEngine(engine);
  }

  @AfterEach
  void cleanRuntime() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
    engine.getRuntimeService().createProcessInstanceQuery().list().forEach(instance ->
        engine.getRuntimeService().deleteProcessInstanceIfExists(instance.getId(), "test cleanup", true, true, true, true));
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }
}
