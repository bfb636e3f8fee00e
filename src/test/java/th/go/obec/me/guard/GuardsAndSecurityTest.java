package th.go.obec.me.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.EmbeddedPostgresServer;
import th.go.obec.me.support.GuardCheckProcess;

/**
 * The guards every process gets and the REST API's security, through real HTTP calls to the
 * running server on a real PostgreSQL database, on a small test process (draft by monitoring,
 * review by the director).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuardsAndSecurityTest {

  private static final String PASSWORD = "test-password";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.useFreshDatabase(registry, "guards");
  }

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void deployTestProcess() {
    GuardCheckProcess.deployWithStartForm(engine);
  }

  @AfterEach
  void deleteInstances() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(GuardCheckProcess.KEY).list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test cleanup"));
  }

  @Test
  void anonymousRestCallsAreRefused() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/engine-rest/task")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void wrongPasswordIsRefused() throws Exception {
    // a user nobody else here logs in as: the engine delays the next login after a wrong password
    assertThat(get("prasit.b", "wrong", "/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void startsWithHyphenatedGroupsAndDottedUserIds() throws Exception {
    HttpResponse<String> started = start("somchai.j", "{\"variables\":{\"fiscalYear\":{\"value\":2570,\"type\":\"Integer\"},\"subject\":{\"value\":\"ทดสอบ\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(started.body()).contains("\"businessKey\":\"guard-check:2570\"");
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("planning-head").list())
        .extracting(u -> u.getId()).contains("somsak.p");
  }

  @Test
  void secondStartWithARunningBusinessKeyIsRefusedWithAMessage() throws Exception {
    assertThat(start("somchai.j", fiscalYear(2570)).statusCode()).isEqualTo(200);

    HttpResponse<String> again = start("somchai.j", fiscalYear(2570));

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("guard-check:2570").contains("already running");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(GuardCheckProcess.KEY).count())
        .isEqualTo(1);
  }

  @Test
  void startFormWithoutItsRequiredFieldsIsRefused() throws Exception {
    HttpResponse<String> refused = post("somchai.j", "/engine-rest/process-definition/key/guard-check/submit-form",
        "{\"variables\":{\"fiscalYear\":{\"value\":2570}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("subject").contains("เรื่อง");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(GuardCheckProcess.KEY).count())
        .isZero();
    HttpResponse<String> started = post("somchai.j", "/engine-rest/process-definition/key/guard-check/submit-form",
        "{\"variables\":{\"fiscalYear\":{\"value\":2570},\"subject\":{\"value\":\"ทดสอบ\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
  }

  @Test
  void commonEraYearIsRefused() throws Exception {
    HttpResponse<String> response = start("somchai.j", fiscalYear(2026));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains(ProcessConstants.FISCAL_YEAR).contains("ค.ศ.");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(GuardCheckProcess.KEY).count())
        .isZero();
  }

  @Test
  void roleThatDoesNotRunTheProcessCannotStartIt() throws Exception {
    assertThat(start("ratana.n", fiscalYear(2570)).statusCode()).isEqualTo(403);
  }

  @Test
  void completionWithoutRequiredFieldsIsRefusedAndTheTaskKeepsItsData() throws Exception {
    start("somchai.j", fiscalYear(2570));
    Task draft = engine.getTaskService().createTaskQuery().processDefinitionKey(GuardCheckProcess.KEY).singleResult();
    engine.getTaskService().setVariable(draft.getId(), "note", "ร่างแรก");

    HttpResponse<String> refused = post("somchai.j", "/engine-rest/task/" + draft.getId() + "/complete",
        "{\"variables\":{\"documentTitle\":{\"value\":\"รายงาน\"}}}");
    HttpResponse<String> refusedForm = post("somchai.j", "/engine-rest/task/" + draft.getId() + "/submit-form",
        "{\"variables\":{\"documentTitle\":{\"value\":\"   \"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("documentLink").contains("ลิงก์เอกสาร").contains("attendees")
        .doesNotContain("hiddenUnlessLate").doesNotContain("name");
    assertThat(refusedForm.statusCode()).isEqualTo(400);
    assertThat(refusedForm.body()).contains("documentTitle").contains("documentLink");
    assertThat(engine.getTaskService().createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
    assertThat(engine.getTaskService().getVariable(draft.getId(), "note")).isEqualTo("ร่างแรก");
    assertThat(engine.getTaskService().getVariable(draft.getId(), "documentTitle")).isNull();

    HttpResponse<String> done = post("somchai.j", "/engine-rest/task/" + draft.getId() + "/complete",
        "{\"variables\":{\"documentTitle\":{\"value\":\"รายงาน\"},\"documentLink\":{\"value\":\"https://drive.example/r\"},"
            + "\"attendees\":{\"type\":\"Json\",\"value\":\"[{\\\"name\\\":\\\"สมชาย\\\"}]\"}}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  @Test
  void aUserSeesAndCompletesOnlyTheTasksOfTheirRole() throws Exception {
    HttpResponse<String> started = start("somchai.j", fiscalYear(2570));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    Task draft = engine.getTaskService().createTaskQuery().processDefinitionKey(GuardCheckProcess.KEY).singleResult();

    assertThat(get("ratana.n", PASSWORD, "/engine-rest/task?processDefinitionKey=guard-check").body()).isEqualTo("[]");
    assertThat(get("somchai.j", PASSWORD, "/engine-rest/task?processDefinitionKey=guard-check").body())
        .contains(draft.getId());
    HttpResponse<String> foreign = post("ratana.n", "/engine-rest/task/" + draft.getId() + "/complete",
        "{\"variables\":{\"documentTitle\":{\"value\":\"x\"},\"documentLink\":{\"value\":\"y\"}}}");
    assertThat(foreign.statusCode()).isIn(403, 404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);

    HttpResponse<String> claimed = post("somchai.j", "/engine-rest/task/" + draft.getId() + "/claim",
        "{\"userId\":\"somchai.j\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
  }

  @Test
  void supervisorsSeeEveryInstanceAndStaffDoNot() throws Exception {
    start("somchai.j", fiscalYear(2570));
    assertThat(get("wichai.s", PASSWORD, "/engine-rest/process-instance?processDefinitionKey=guard-check").body())
        .contains("guard-check:2570");
    assertThat(get("ratana.n", PASSWORD, "/engine-rest/process-instance?processDefinitionKey=guard-check").body())
        .isEqualTo("[]");
  }

  /** A start with the start form's required fields (the start guard checks them on every start). */
  private static String fiscalYear(int year) {
    return "{\"variables\":{\"fiscalYear\":{\"value\":" + year + "},\"subject\":{\"value\":\"ทดสอบ\"}}}";
  }

  private HttpResponse<String> start(String user, String body) throws Exception {
    return post(user, "/engine-rest/process-definition/key/guard-check/start", body);
  }

  private HttpResponse<String> get(String user, String password, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, password)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String user, String path, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path))
            .header("Authorization", basic(user, PASSWORD))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
