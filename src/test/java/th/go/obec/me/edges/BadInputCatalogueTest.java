package th.go.obec.me.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.EmbeddedPostgresServer;

/**
 * What a careless REST client (or a new user) sends, through the real server on a real
 * PostgreSQL database with Camunda's password policy on: every case answers its 4xx in the
 * engine's JSON error shape with a message that names the problem, and leaves everything as it
 * was (instances, tasks and their variables, jobs, people, the running business keys).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generic-properties.properties.enablePasswordPolicy=true",
    "camunda.bpm.admin-user.password=" + BadInputCatalogueTest.ADMIN_PASSWORD,
    "me.organization.initial-password=" + BadInputCatalogueTest.PASSWORD,
    "me.organization.starters.[edge-check][0]=monitoring",
    "me.organization.starters.[guard-check][0]=monitoring"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueTest {

  /** Passwords that meet Camunda's policy (10+ characters, upper, lower, digit, special). */
  static final String PASSWORD = "Test-Passw0rd!x";
  static final String ADMIN_PASSWORD = "Adm1n-Secret!x";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static String databaseName;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.useFreshDatabase(registry, "catalogue");
  }

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  DataSource dataSource;

  private final HttpClient http = HttpClient.newHttpClient();

  private ProcessInstance probe;
  private Task fields;
  private Task assign;
  private Task indicatorTool;
  private Task projectOwners;

  @BeforeAll
  void setUp() {
    engine.getRepositoryService().createDeployment().name("edge-check")
        .addClasspathResource("guard/edge-check.bpmn")
        .addClasspathResource("guard/edge-check-start.form")
        .addClasspathResource("guard/edge-check-fields.form")
        .deploy();
    // a person of monitoring who leaves after the form offered them
    User ghost = engine.getIdentityService().newUser("ghost.u");
    ghost.setFirstName("ผู้");
    ghost.setLastName("ลาออก");
    ghost.setPassword(PASSWORD);
    engine.getIdentityService().saveUser(ghost);
    engine.getIdentityService().createMembership("ghost.u", "monitoring");

    probe = engine.getRuntimeService().startProcessInstanceByKey("edge-check", Variables.createVariables()
        .putValue(ProcessConstants.FISCAL_YEAR, 2570).putValue("subject", "ทดสอบ")
        .putValue("tagOptions", SpinValues.jsonValue("[{\"label\":\"ด่วน\",\"value\":\"urgent\"},"
            + "{\"label\":\"ปกติ\",\"value\":\"normal\"}]").create()));
    engine.getIdentityService().deleteUser("ghost.u");
    fields = engine.getTaskService().createTaskQuery().processInstanceId(probe.getId()).singleResult();
    engine.getTaskService().setVariableLocal(fields.getId(), "draftNote", "ร่างแรก");

    engine.getIdentityService().setAuthentication("somsak.p", List.of("planning-head"));
    ProcessInstance work = engine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ASSIGNED_WORK,
        Map.of(ProcessConstants.FISCAL_YEAR, 2570, "workTitle", "สรุปข้อมูลนักเรียน"));
    engine.getIdentityService().clearAuthentication();
    assign = engine.getTaskService().createTaskQuery().processInstanceId(work.getId()).singleResult();

    ProcessInstance emes = engine.getRuntimeService().createMessageCorrelation(ProcessConstants.MSG_EMES_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, 2570).setVariable(ProcessConstants.ROUND, "1")
        .setVariable(ProcessConstants.EXTERNAL_DEADLINE, "2027-03-31").correlateStartMessage();
    complete(emes, "Task_StudyPolicy", Map.of("studySummary", "ตัวชี้วัด 3 ตัว"));
    complete(emes, "Task_AttendTraining", Map.of("trainingDate", "2027-02-08", "trainingAttendees", "สมชาย ใจดี",
        "trainingNotes", "แนวทาง"));
    complete(emes, "Task_DraftMonitoringPlan", Map.of("monitoringPlanLink", "https://drive.example/plan"));
    indicatorTool = task(emes, "Task_BuildIndicatorTool");

    ProcessInstance emenscr = engine.getRuntimeService()
        .createMessageCorrelation(ProcessConstants.MSG_EMENSCR_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, 2570).correlateStartMessage();
    complete(emenscr, "Task_StudyPolicy", Map.of("studySummary", "โครงการ 3 โครงการ",
        "actionPlanLink", "https://drive.example/action-plan"));
    complete(emenscr, "Task_AttendTraining", Map.of("trainingDate", "2026-11-10", "trainingAttendees", "สมชาย ใจดี",
        "trainingNotes", "การนำเข้าข้อมูล"));
    projectOwners = task(emenscr, "Task_AssignProjectOwners");
  }

  // --- the catalogue -------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> everyBadInputIsAClear4xxAndChangesNothing() {
    List<Case> cases = new ArrayList<>();
    String complete = "/engine-rest/task/" + fields.getId() + "/complete";
    String submit = "/engine-rest/task/" + fields.getId() + "/submit-form";

    // who and what
    cases.add(new Case("unknown task id", () -> post("somchai.j", "/engine-rest/task/no-such-task/complete",
        "{}"), 404, "no-such-task"));
    cases.add(new Case("another person's task", () -> post("ratana.n", complete, valid(Map.of())), 403, "ratana.n"));
    cases.add(new Case("a task given to a person who does not exist", () -> post("admin",
        "/engine-rest/task/" + fields.getId() + "/assignee", "{\"userId\":\"nobody.x\"}"), 400, "nobody.x", "ไม่พบผู้ใช้"));
    cases.add(new Case("a task claimed for a person who does not exist", () -> post("somchai.j",
        "/engine-rest/task/" + fields.getId() + "/claim", "{\"userId\":\"ghost.x\"}"), 400, "ghost.x", "ไม่พบผู้ใช้"));
    cases.add(new Case("an /api path that does not exist", () -> get("somchai.j", PASSWORD, "/api/no-such-thing"), 404,
        "ไม่พบที่อยู่นี้", "/api/no-such-thing"));
    cases.add(new Case("a method an /api path does not take", () -> get("somchai.j", PASSWORD,
        "/api/tasks/" + fields.getId() + "/documents"), 405, "ไม่รับวิธีเรียกนี้"));
    cases.add(new Case("a claim of a task another person holds", () -> post("admin",
        "/engine-rest/task/" + assign.getId() + "/claim", "{\"userId\":\"wichai.s\"}"), 409, "already claimed"));
    cases.add(new Case("unknown process key", () -> post("somchai.j",
        "/engine-rest/process-definition/key/no-such-process/start", start(2570, "x")), 404, "no-such-process"));
    cases.add(new Case("a role that does not run the process starts it", () -> post("ratana.n",
        "/engine-rest/process-definition/key/edge-check/start", start(2570, "x")), 403, "ratana.n"));

    // bodies
    cases.add(new Case("empty body", () -> post("somchai.j", complete, ""), 400, "title", "กรุณากรอก"));
    cases.add(new Case("empty JSON", () -> post("somchai.j", complete, "{}"), 400, "title", ProcessConstants.WORKER));
    cases.add(new Case("not JSON", () -> post("somchai.j", complete, "title=x"), 400, "JSON"));
    cases.add(new Case("a JSON list as body", () -> post("somchai.j", complete, "[1,2]"), 400, "JSON", "Array"));
    cases.add(new Case("variables not an object", () -> post("somchai.j", complete, "{\"variables\":\"x\"}"), 400,
        "JSON", "'x'"));
    cases.add(new Case("unknown value type", () -> post("somchai.j", complete,
        body(Map.of("title", typed("รายงาน", "Foo")))), 400, "Foo"));
    cases.add(new Case("Integer that is text", () -> post("somchai.j", complete,
        body(Map.of("title", typed("รายงาน", null), "count", typed("abc", "Integer")))), 400, "abc"));

    // every field kind of the form
    cases.add(new Case("required fields blank", () -> post("somchai.j", complete,
        valid(Map.of("title", "  "))), 400, "ชื่อเรื่อง", "title"));
    cases.add(new Case("select takes 'boolean'", () -> post("somchai.j", complete, valid(Map.of("level", "boolean"))),
        400, "level", "boolean", "ตัวเลือก"));
    cases.add(new Case("select takes a list", () -> post("somchai.j", complete,
        valid(Map.of("level", json("[\"low\"]")))), 400, "level"));
    cases.add(new Case("radio outside its options", () -> post("somchai.j", complete,
        valid(Map.of("decision", "maybe"))), 400, "decision", "maybe"));
    cases.add(new Case("checklist with an unknown item", () -> post("somchai.j", complete,
        valid(Map.of("topics", json("[\"a\",\"z\"]")))), 400, "topics", "'z'"));
    cases.add(new Case("checklist that is not a list", () -> post("somchai.j", complete,
        valid(Map.of("topics", "a"))), 400, "topics", "list"));
    cases.add(new Case("taglist outside its valuesKey options", () -> post("somchai.j", complete,
        valid(Map.of("tags", json("[\"urgent\",\"secret\"]")))), 400, "tags", "secret"));
    cases.add(new Case("person id 'boolean'", () -> post("somchai.j", complete, valid(Map.of(ProcessConstants.WORKER, "boolean"))),
        400, ProcessConstants.WORKER, "boolean"));
    cases.add(new Case("a person of another group", () -> post("somchai.j", complete,
        valid(Map.of(ProcessConstants.WORKER, "ratana.n"))), 400, ProcessConstants.WORKER, "ratana.n"));
    cases.add(new Case("a person offered who no longer exists", () -> post("somchai.j", complete,
        valid(Map.of(ProcessConstants.WORKER, "ghost.u"))), 400, "ghost.u", "monitoring"));
    cases.add(new Case("text below minLength", () -> post("somchai.j", complete, valid(Map.of("title", "ab"))), 400,
        "title", "3"));
    cases.add(new Case("text above maxLength", () -> post("somchai.j", complete,
        valid(Map.of("title", "ก".repeat(101)))), 400, "title", "100"));
    cases.add(new Case("text against its pattern", () -> post("somchai.j", complete, valid(Map.of("code", "ab-12"))),
        400, "code", "pattern"));
    cases.add(new Case("not an e-mail", () -> post("somchai.j", complete, valid(Map.of("email", "somchai@"))), 400,
        "email", "e-mail"));
    cases.add(new Case("textarea above maxLength", () -> post("somchai.j", complete,
        valid(Map.of("note", "x".repeat(501)))), 400, "note", "500"));
    cases.add(new Case("number that is text", () -> post("somchai.j", complete, valid(Map.of("amount", "many"))), 400,
        "amount", "number"));
    cases.add(new Case("number below min", () -> post("somchai.j", complete, valid(Map.of("amount", -1))), 400,
        "amount", "at least 0"));
    cases.add(new Case("number above max", () -> post("somchai.j", complete, valid(Map.of("amount", 1000.5))), 400,
        "amount", "at most 1000"));
    cases.add(new Case("too many decimal digits", () -> post("somchai.j", complete, valid(Map.of("amount", 1.234))),
        400, "amount", "decimal"));
    cases.add(new Case("decimal in a whole number", () -> post("somchai.j", complete, valid(Map.of("count", 2.5))),
        400, "count", "whole"));
    cases.add(new Case("date in a Thai format", () -> post("somchai.j", complete,
        valid(Map.of("dueOn", "30/11/2569"))), 400, "dueOn", "YYYY-MM-DD"));
    cases.add(new Case("Buddhist Era year in a date field", () -> post("somchai.j", complete,
        valid(Map.of("dueOn", "2569-11-30"))), 400, "dueOn", "พ.ศ.", "Buddhist Era", "2026"));
    cases.add(new Case("a year 543 too early", () -> post("somchai.j", complete,
        valid(Map.of("dueOn", "1483-11-30"))), 400, "dueOn", "mix-up"));
    cases.add(new Case("time out of range", () -> post("somchai.j", complete,
        valid(Map.of("meetingTime", "25:99"))), 400, "meetingTime", "HH:mm"));
    cases.add(new Case("datetime that is no datetime", () -> post("somchai.j", complete,
        valid(Map.of("meetingAt", "tomorrow 9"))), 400, "meetingAt"));
    cases.add(new Case("checkbox that is no boolean", () -> post("somchai.j", complete,
        valid(Map.of("urgent", "maybe"))), 400, "urgent", "true or false"));
    cases.add(new Case("a select inside a group", () -> post("somchai.j", complete, valid(Map.of("priority", "9"))),
        400, "priority", "'9'"));
    cases.add(new Case("a select inside a dynamic list's row", () -> post("somchai.j", complete,
        valid(Map.of("rows", json("[{\"rowCode\":\"1\",\"rowKind\":\"x\"},{\"rowCode\":\"2\",\"rowKind\":\"q\"}]")))),
        400, "rowKind", "แถวที่ 2"));
    cases.add(new Case("a pattern inside a dynamic list's row", () -> post("somchai.j", complete,
        valid(Map.of("rows", json("[{\"rowCode\":\"A1\"}]")))), 400, "rowCode", "pattern"));
    cases.add(new Case("a required field missing in a row", () -> post("somchai.j", complete,
        valid(Map.of("rows", json("[{\"rowKind\":\"x\"}]")))), 400, "rowCode", "required"));
    cases.add(new Case("a number above max in a row", () -> post("somchai.j", complete,
        valid(Map.of("rows", json("[{\"rowCode\":\"1\",\"rowAmount\":11}]")))), 400, "rowAmount", "at most 10"));
    cases.add(new Case("a dynamic list that is not a list", () -> post("somchai.j", complete,
        valid(Map.of("rows", "x"))), 400, "rows", "list"));
    cases.add(new Case("the same through submit-form", () -> post("somchai.j", submit,
        valid(Map.of("level", "boolean"))), 400, "level", "boolean"));

    // sizes, odd values, object variables
    cases.add(new Case("a huge list", () -> post("somchai.j", complete, valid(Map.of("rows",
        json("[" + String.join(",", java.util.Collections.nCopies(501, "{\"rowCode\":\"1\"}")) + "]")))), 400, "rows",
        "500"));
    cases.add(new Case("a 25,000-character text", () -> post("somchai.j", complete,
        valid(Map.of("remarks", "ก".repeat(25_000)))), 400, "remarks", "20000"));
    cases.add(new Case("a 2-million-character body", () -> post("somchai.j", complete,
        valid(Map.of("remarks", "x".repeat(2_000_000)))), 413, "1 MB"));
    cases.add(new Case("more than 200 variables", () -> post("somchai.j", complete, valid(manyVariables(199))), 400,
        "201", "200"));
    cases.add(new Case("control characters", () -> post("somchai.j", complete,
        valid(Map.of("title", "รายงาน\u0000\u0007ผล"))), 400, "title", "control"));
    cases.add(new Case("a Java-serialized object", () -> post("somchai.j", complete, valid(Map.of("blob",
        objectValue("rO0ABXQAA2FiYw==", "application/x-java-serialized-object", "java.lang.String")))), 400, "blob",
        "Java"));
    cases.add(new Case("a JSON object of an arbitrary Java type", () -> post("somchai.j", complete, valid(Map.of("pb",
        objectValue("{\"command\":[\"sh\"]}", "application/json", "java.lang.ProcessBuilder")))), 400,
        "java.lang.ProcessBuilder"));
    cases.add(new Case("a Date with a Buddhist Era year", () -> post("somchai.j", complete,
        valid(Map.of("decidedAt", typed("2569-11-30T09:00:00.000+0700", "Date")))), 400, "decidedAt", "พ.ศ."));
    cases.add(new Case("a deadline with a Buddhist Era year", () -> post("somchai.j", complete,
        valid(Map.of(ProcessConstants.EXTERNAL_DEADLINE, "2569-12-01"))), 400, ProcessConstants.EXTERNAL_DEADLINE, "พ.ศ."));
    cases.add(new Case("a task variable written with a huge text", () -> put("somchai.j",
        "/engine-rest/task/" + fields.getId() + "/localVariables/remarks",
        "{\"value\":\"" + "x".repeat(25_000) + "\",\"type\":\"String\"}"), 400, "remarks", "20000"));

    // starts
    String startEdge = "/engine-rest/process-definition/key/edge-check/start";
    cases.add(new Case("start without fiscalYear", () -> post("somchai.j", startEdge,
        body(Map.of("subject", typed("x", null)))), 400, ProcessConstants.FISCAL_YEAR));
    cases.add(new Case("start with a CE fiscal year", () -> post("somchai.j", startEdge, start(2026, "x")), 400,
        ProcessConstants.FISCAL_YEAR, "ค.ศ."));
    cases.add(new Case("start with a fiscal year that is text", () -> post("somchai.j", startEdge,
        body(Map.of(ProcessConstants.FISCAL_YEAR, typed("สองห้าเจ็ดศูนย์", null), "subject", typed("x", null)))), 400, ProcessConstants.FISCAL_YEAR));
    cases.add(new Case("start without the start form's field", () -> post("somchai.j", startEdge,
        body(Map.of(ProcessConstants.FISCAL_YEAR, typed(2570, null)))), 400, "subject", "เรื่อง"));
    cases.add(new Case("a running business key again", () -> post("somchai.j", startEdge, start(2570, "x")), 409,
        "edge-check:2570", "already running"));
    cases.add(new Case("a business key of another shape", () -> post("somchai.j", startEdge,
        "{\"businessKey\":\"anything\",\"variables\":{\"fiscalYear\":{\"value\":2570},\"subject\":{\"value\":\"x\"}}}"),
        400, "business key"));
    cases.add(new Case("assigned-work without its title", () -> post("somsak.p",
        "/engine-rest/process-definition/key/assigned-work/start", body(Map.of(ProcessConstants.FISCAL_YEAR, typed(2570, null)))), 400,
        "workTitle"));
    cases.add(new Case("E-MES without a round", () -> post("malee.r",
        "/engine-rest/process-definition/key/emes-report/start", body(Map.of(ProcessConstants.FISCAL_YEAR, typed(2570, null)))), 400,
        ProcessConstants.ROUND));
    cases.add(new Case("E-MES message without a round", () -> post("malee.r", "/engine-rest/message",
        "{\"messageName\":\"EmesRequested\",\"processVariables\":{\"fiscalYear\":{\"value\":2570}}}"), 400, ProcessConstants.ROUND));
    cases.add(new Case("a message with a Buddhist Era deadline", () -> post("malee.r", "/engine-rest/message",
        "{\"messageName\":\"EmesRequested\",\"processVariables\":{\"fiscalYear\":{\"value\":2570},"
            + "\"round\":{\"value\":\"2\"},\"externalDeadline\":{\"value\":\"2570-03-31\"}}}"), 400, ProcessConstants.EXTERNAL_DEADLINE,
        "พ.ศ."));

    // the processes' own rules
    cases.add(new Case("assigned-work given to person 'boolean'", () -> post("somsak.p",
        "/engine-rest/task/" + assign.getId() + "/complete", body(Map.of("workTitle", typed("งาน", null),
            "workDescription", typed("รายละเอียด", null), ProcessConstants.WORKER, typed("boolean", null),
            ProcessConstants.WORK_DUE_DATE, typed("2026-12-01", null)))), 400, ProcessConstants.WORKER, "boolean"));
    cases.add(new Case("E-MES indicators with the same code twice (a listener's rule)", () -> post("malee.r",
        "/engine-rest/task/" + indicatorTool.getId() + "/complete", body(Map.of("toolLink",
            typed("https://forms.example/emes", null), ProcessConstants.EMES_INDICATORS, json(
                "[{\"code\":\"2.1\",\"name\":\"ก\"},{\"code\":\"2.1\",\"name\":\"ข\"}]")))), 400, "2.1", "ซ้ำ"));
    cases.add(new Case("E-MES indicator without a code", () -> post("malee.r",
        "/engine-rest/task/" + indicatorTool.getId() + "/complete", body(Map.of("toolLink",
            typed("https://forms.example/emes", null), ProcessConstants.EMES_INDICATORS, json("[{\"name\":\"ก\"}]")))), 400, "code"));
    cases.add(new Case("eMENSCR project owner outside project-owners", () -> post("somchai.j",
        "/engine-rest/task/" + projectOwners.getId() + "/complete", body(Map.of("meetingDate", typed("2026-11-20", null),
            "attendees", typed("สมชาย", null), "resolutions", typed("มอบหมาย", null), ProcessConstants.PROJECTS,
            json("[{\"code\":\"P1\",\"name\":\"โครงการ\",\"owner\":\"ratana.n\"}]")))), 400, "owner", "ratana.n"));
    cases.add(new Case("eMENSCR project without an owner", () -> post("somchai.j",
        "/engine-rest/task/" + projectOwners.getId() + "/complete", body(Map.of("meetingDate", typed("2026-11-20", null),
            "attendees", typed("สมชาย", null), "resolutions", typed("มอบหมาย", null), ProcessConstants.PROJECTS,
            json("[{\"code\":\"P1\",\"name\":\"โครงการ\"}]")))), 400, "owner"));

    // Tasklist's own API (the web apps' session): the same answers
    cases.add(new Case("Tasklist submit-form with a listener's rule", () -> tasklist("malee.r",
        "/camunda/api/engine/engine/default/task/" + indicatorTool.getId() + "/submit-form",
        body(Map.of("toolLink", typed("https://forms.example/emes", null), ProcessConstants.EMES_INDICATORS,
            json("[{\"code\":\"2.1\",\"name\":\"ก\"},{\"code\":\"2.1\",\"name\":\"ข\"}]")))), 400, "2.1", "ซ้ำ"));
    cases.add(new Case("Tasklist submit-form with a value outside the options", () -> tasklist("somchai.j",
        "/camunda/api/engine/engine/default/task/" + fields.getId() + "/submit-form", valid(Map.of("level", "x"))),
        400, "level"));

    // people and passwords
    cases.add(new Case("a 4-digit password for a new person", () -> post("admin",
        "/engine-rest/user/create", "{\"profile\":{\"id\":\"new.person\",\"firstName\":\"ใหม่\",\"lastName\":\"คน\","
            + "\"email\":\"new@example.go.th\"},\"credentials\":{\"password\":\"1234\"}}"), 400, "รหัสผ่าน", "policy",
        "10"));
    cases.add(new Case("a weak password of one's own", () -> put("kanya.t", "/engine-rest/user/kanya.t/credentials",
        "{\"password\":\"password\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}"), 400, "รหัสผ่าน", "policy"));
    cases.add(new Case("another person's password", () -> put("kanya.t", "/engine-rest/user/prasit.b/credentials",
        "{\"password\":\"An0ther-Pass!x\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}"), 404, "prasit.b"));

    assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> c.check(this)));
  }

  record Case(String name, Callable<HttpResponse<String>> call, int status, String... fragments) {
    void check(BadInputCatalogueTest test) throws Exception {
      State before = test.state();
      HttpResponse<String> response = call.call();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
      JsonNode error = JSON.readTree(response.body());
      assertThat(error.has("type")).as(response.body()).isTrue();
      String message = error.path("message").asText();
      for (String fragment : fragments) {
        assertThat(message).as(response.body()).contains(fragment);
      }
      if (status == 400) {
        // a refusal in Thai, with English after " / "
        assertThat(message).as("Thai first").matches("(?s).*[\\u0E00-\\u0E7F].*");
      }
      assertThat(test.state()).isEqualTo(before);
    }
  }

  // --- beyond the catalogue ------------------------------------------------------------------

  @Test
  void everyFieldKindWithGoodValuesIsAccepted() throws Exception {
    HttpResponse<String> started = post("somchai.j", "/engine-rest/process-definition/key/edge-check/start",
        "{\"variables\":{\"fiscalYear\":{\"value\":2570},\"subject\":{\"value\":\"<script>alert(1)</script>\"},"
            + "\"round\":{\"value\":\"ok\"},\"tagOptions\":{\"type\":\"Json\",\"value\":\"[{\\\"label\\\":\\\"a\\\",\\\"value\\\":\\\"a\\\"}]\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).get("id").asText();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    Map<String, Object> good = new LinkedHashMap<>();
    good.put("code", "AB-123");
    good.put("email", "somchai.j@example.go.th");
    good.put("note", "'; DROP TABLE ACT_RU_TASK; --");
    good.put("amount", 999.5);
    good.put("count", 3);
    good.put("dueOn", "2026-12-15");
    good.put("meetingTime", "09:30");
    good.put("meetingAt", "2026-12-15T09:30");
    good.put("level", "high");
    good.put("decision", "yes");
    good.put("topics", json("[\"a\",\"c\"]"));
    good.put("tags", json("[\"a\"]"));
    good.put("urgent", true);
    good.put("priority", "2");
    good.put("rows", json("[{\"rowCode\":\"12\",\"rowKind\":\"y\",\"rowAmount\":10}]"));
    HttpResponse<String> done = post("somchai.j", "/engine-rest/task/" + task.getId() + "/complete", valid(good));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    // script and SQL text are data: stored as sent, never run
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("note").singleResult().getValue()).isEqualTo("'; DROP TABLE ACT_RU_TASK; --");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("subject").singleResult().getValue()).isEqualTo("<script>alert(1)</script>");
    assertThat(engine.getTaskService().createTaskQuery().count()).isPositive();
  }

  @Test
  void eightStartsAtOnceGiveOneInstanceAndSevenConflicts() throws Exception {
    String body = "{\"variables\":{\"fiscalYear\":{\"value\":2570},\"subject\":{\"value\":\"พร้อมกัน\"},"
        + "\"round\":{\"value\":\"race\"}}}";
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch ready = new CountDownLatch(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        return post("somchai.j", "/engine-rest/process-definition/key/edge-check/start", body);
      }));
    }
    ready.await();
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get();
      statuses.add(response.statusCode());
      if (response.statusCode() == 409) {
        assertThat(response.body()).contains("edge-check:2570:race").contains("กำลังดำเนินการอยู่แล้ว");
      }
    }
    pool.shutdown();
    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
    assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(7);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("edge-check:2570:race").count()).isEqualTo(1);
  }

  @Test
  void theKeyIsFreeAgainWhenTheInstanceEnds() throws Exception {
    String body = "{\"variables\":{\"fiscalYear\":{\"value\":2570},\"subject\":{\"value\":\"อีกครั้ง\"},"
        + "\"round\":{\"value\":\"again\"}}}";
    HttpResponse<String> first = post("somchai.j", "/engine-rest/process-definition/key/edge-check/start", body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    engine.getRuntimeService().deleteProcessInstance(JSON.readTree(first.body()).get("id").asText(), "test", true);
    HttpResponse<String> second = post("somchai.j", "/engine-rest/process-definition/key/edge-check/start", body);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
  }

  @Test
  void aPersonChangesTheirOwnPassword() throws Exception {
    HttpResponse<String> changed = put("napa.c", "/engine-rest/user/napa.c/credentials",
        "{\"password\":\"N3w-Passw0rd!x\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    assertThat(get("napa.c", "N3w-Passw0rd!x", "/engine-rest/task").statusCode()).isEqualTo(200);
  }

  @Test
  void aDatabaseThatIsAwayAnswers503WithRetryAfterAndTheServerRecovers() throws Exception {
    assertThat(get("somchai.j", PASSWORD, "/engine-rest/task").statusCode()).isEqualTo(200);
    String database = currentDatabase();
    try (var admin = EmbeddedPostgresServer.get().getPostgresDatabase().getConnection();
         var sql = admin.createStatement()) {
      sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
      sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
      try {
        HttpResponse<String> away = get("somchai.j", PASSWORD, "/engine-rest/task");
        assertThat(away.statusCode()).as(away.body()).isEqualTo(503);
        assertThat(away.headers().firstValue("Retry-After")).contains("5");
        JsonNode error = JSON.readTree(away.body());
        assertThat(error.path("type").asText()).isEqualTo("DatabaseUnavailable");
        assertThat(error.path("message").asText()).contains("ฐานข้อมูล").contains("retry");
        HttpResponse<String> start = post("somchai.j", "/engine-rest/process-definition/key/edge-check/start",
            start(2570, "away"));
        assertThat(start.statusCode()).as(start.body()).isEqualTo(503);
      } finally {
        sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
      }
    }
    // The pool replaces its terminated connections by itself; on a busy machine that takes a moment.
    HttpResponse<String> back = get("somchai.j", PASSWORD, "/engine-rest/task");
    for (int attempt = 0; back.statusCode() == 503 && attempt < 60; attempt++) {
      Thread.sleep(500);
      back = get("somchai.j", PASSWORD, "/engine-rest/task");
    }
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
  }

  // --- state: what must not change ------------------------------------------------------------

  record State(long instances, long tasks, long jobs, long users, long runningKeys, Map<String, String> fieldsTask,
      Map<String, String> fieldsLocal, Map<String, String> indicatorTask) {
  }

  State state() {
    return new State(
        engine.getRuntimeService().createProcessInstanceQuery().count(),
        engine.getTaskService().createTaskQuery().count(),
        engine.getManagementService().createJobQuery().count(),
        engine.getIdentityService().createUserQuery().count(),
        new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM ME_RUNNING_KEY", Long.class),
        text(engine.getTaskService().getVariables(fields.getId())),
        text(engine.getTaskService().getVariablesLocal(fields.getId())),
        text(engine.getTaskService().getVariables(indicatorTool.getId())));
  }

  private static Map<String, String> text(Map<String, Object> variables) {
    Map<String, String> text = new TreeMap<>();
    variables.forEach((name, value) -> text.put(name, String.valueOf(value)));
    return text;
  }

  private String currentDatabase() {
    return new JdbcTemplate(dataSource).queryForObject("SELECT current_database()", String.class);
  }

  // --- requests --------------------------------------------------------------------------------

  /** The fields task's required fields plus the given values. */
  private static String valid(Map<String, Object> values) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("title", "รายงานผล");
    all.put(ProcessConstants.WORKER, "somchai.j");
    all.putAll(values);
    Map<String, Object> variables = new LinkedHashMap<>();
    all.forEach((name, value) -> variables.put(name, value instanceof Map<?, ?> ? value : typed(value, null)));
    return body(variables);
  }

  private static Map<String, Object> manyVariables(int count) {
    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      many.put("extra" + i, "x");
    }
    return many;
  }

  private static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    if (type != null) {
      typed.put("type", type);
    }
    return typed;
  }

  private static Map<String, Object> json(String value) {
    return typed(value, "Json");
  }

  private static Map<String, Object> objectValue(String value, String format, String type) {
    Map<String, Object> object = typed(value, "Object");
    object.put("valueInfo", Map.of("serializationDataFormat", format, "objectTypeName", type));
    return object;
  }

  private static String body(Map<String, Object> variables) {
    try {
      ObjectNode body = JSON.createObjectNode();
      body.set("variables", JSON.valueToTree(variables));
      return JSON.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String start(int fiscalYear, String subject) {
    return body(Map.of(ProcessConstants.FISCAL_YEAR, typed(fiscalYear, null), "subject", typed(subject, null)));
  }

  private HttpResponse<String> post(String user, String path, String json) throws Exception {
    return send(user, PASSWORD, "POST", path, json);
  }

  private HttpResponse<String> put(String user, String path, String json) throws Exception {
    return send(user, PASSWORD, "PUT", path, json);
  }

  private HttpResponse<String> get(String user, String password, String path) throws Exception {
    return send(user, password, "GET", path, null);
  }

  private HttpResponse<String> send(String user, String password, String method, String path, String json)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Authorization", basic(user, "admin".equals(user) ? ADMIN_PASSWORD : password));
    if (json == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A request through the web apps' API as Tasklist makes it: a login session and its CSRF token. */
  private HttpResponse<String> tasklist(String user, String path, String json) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login starts a new session with a new CSRF token, handed out with the next page
    browser.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/count")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    return browser.send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", csrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String csrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
    engine.getTaskService().complete(task(pi, taskKey).getId(), variables);
  }

  private Task task(ProcessInstance pi, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
