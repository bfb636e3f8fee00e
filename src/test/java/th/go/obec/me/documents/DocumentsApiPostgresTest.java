package th.go.obec.me.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.PostgresWebTest;

/**
 * The documents API through real HTTP on PostgreSQL: a staff member of the step's group uploads
 * evidence with a Thai name, lists and downloads it byte for byte; every refusal (anonymous,
 * another role, too large, a program, a completed step, someone else's file) answers 4xx in Thai
 * and leaves no row behind; history cleanup removes the files with their process.
 */
class DocumentsApiPostgresTest extends PostgresWebTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String THAI_NAME = "หลักฐานการประชุม ครั้งที่ ๑ (ฉบับแก้ไข).pdf";

  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired
  DataSource dataSource;

  private ProcessInstance instance;
  private Task task;

  @BeforeEach
  void startAStep() {
    instance = engine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.STRATEGY_EVALUATION,
        Map.of(ProcessConstants.FISCAL_YEAR, 2570));
    task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  @Test
  void staffUploadListAndDownloadEvidenceWithAThaiName() throws Exception {
    byte[] pdf = samplePdf();
    HttpResponse<String> created = upload("somchai.j", task.getId(), THAI_NAME, pdf, "รายงานการประชุมที่ลงนามแล้ว");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode document = JSON.readTree(created.body());
    assertThat(document.get("name").asText()).isEqualTo(THAI_NAME);
    assertThat(document.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(document.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(document.get("taskId").asText()).isEqualTo(task.getId());
    assertThat(document.get("processInstanceId").asText()).isEqualTo(instance.getId());
    assertThat(document.get("createdBy").asText()).isEqualTo("somchai.j");
    assertThat(document.get("createdAt").asText()).startsWith(String.valueOf(java.time.Year.now().getValue()));
    String id = document.get("id").asText();

    HttpResponse<String> list = get("somchai.j", "/api/process-instances/" + instance.getId() + "/documents");
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode entries = JSON.readTree(list.body());
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).get("id").asText()).isEqualTo(id);
    assertThat(entries.get(0).get("kind").asText()).isEqualTo("evidence");
    assertThat(entries.get(0).get("step").asText()).isEqualTo(task.getName());
    assertThat(entries.get(0).get("description").asText()).isEqualTo("รายงานการประชุมที่ลงนามแล้ว");

    HttpResponse<byte[]> content = http.send(request("somchai.j", "/api/documents/" + id + "/content").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.body()).isEqualTo(pdf);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename*=UTF-8''" + URLEncoder.encode(THAI_NAME, StandardCharsets.UTF_8).replace("+", "%20"));

    // The director (a supervisor) sees the process's documents too.
    assertThat(get("wichai.s", "/api/process-instances/" + instance.getId() + "/documents").statusCode())
        .isEqualTo(200);
    // The file stays with the process after the step: the next step's people see it.
    completeStudy();
    HttpResponse<String> later = get("wichai.s", "/api/process-instances/" + instance.getId() + "/documents");
    assertThat(JSON.readTree(later.body())).hasSize(1);
  }

  @Test
  void everyRefusalIsAThaiMessageAndLeavesNothingBehind() throws Exception {
    long attachments = count("ACT_HI_ATTACHMENT");
    long bytes = count("ACT_GE_BYTEARRAY");

    HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/tasks/"
        + task.getId() + "/documents")).header("Content-Type", "multipart/form-data; boundary=x")
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("x", "a.pdf", samplePdf(), null))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("กรุณาเข้าสู่ระบบ");
    assertThat(http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/process-instances/" + instance.getId()
        + "/documents")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    assertThat(get("nobody.here:wrong-password", "/api/process-instances/" + instance.getId() + "/documents")
        .statusCode()).isEqualTo(401);

    HttpResponse<String> otherRole = upload("ratana.n", task.getId(), "การเงิน.pdf", samplePdf(), null);
    assertThat(otherRole.statusCode()).isEqualTo(403);
    assertThat(otherRole.body()).contains("ไม่มีสิทธิ์");
    assertThat(get("ratana.n", "/api/process-instances/" + instance.getId() + "/documents").statusCode())
        .isEqualTo(403);

    byte[] oversize = Arrays.copyOf(samplePdf(), 20 * 1024 * 1024 + 1);
    HttpResponse<String> tooLarge = upload("somchai.j", task.getId(), "ใหญ่เกิน.pdf", oversize, null);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("ไฟล์ใหญ่เกิน 20 MB");

    byte[] program = Files.readAllBytes(Path.of("/bin/true"));
    HttpResponse<String> renamedProgram = upload("somchai.j", task.getId(), "รายงาน.pdf", program, null);
    assertThat(renamedProgram.statusCode()).isEqualTo(415);
    assertThat(renamedProgram.body()).contains("ไม่รับไฟล์ชนิดนี้");
    byte[] windowsProgram = Arrays.copyOf("MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1), 512);
    assertThat(upload("somchai.j", task.getId(), "setup.docx", windowsProgram, null).statusCode()).isEqualTo(415);

    // The engine's own attachment endpoints, which check nothing, are closed.
    HttpResponse<String> engineRest = http.send(request("somchai.j", "/engine-rest/task/" + task.getId()
        + "/attachment/create").header("Content-Type", "multipart/form-data; boundary=x")
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("x", "a.pdf", samplePdf(), null))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(engineRest.statusCode()).isEqualTo(403);
    assertThat(get("somchai.j", "/engine-rest/task/" + task.getId() + "/attachment").statusCode()).isEqualTo(403);

    assertThat(count("ACT_HI_ATTACHMENT")).isEqualTo(attachments);
    assertThat(count("ACT_GE_BYTEARRAY")).isEqualTo(bytes);

    // One's own upload may be removed while the step is open, not someone else's.
    String mine = JSON.readTree(upload("somchai.j", task.getId(), "ร่าง.txt",
        "ร่างแรก".getBytes(StandardCharsets.UTF_8), null).body()).get("id").asText();
    assertThat(delete("malee.r", mine).statusCode()).isEqualTo(403);
    assertThat(delete("somchai.j", mine).statusCode()).isEqualTo(204);
    assertThat(count("ACT_HI_ATTACHMENT")).isEqualTo(attachments);
    assertThat(count("ACT_GE_BYTEARRAY")).isEqualTo(bytes);

    // A completed step takes no more files, and keeps the ones it has.
    String kept = JSON.readTree(upload("somchai.j", task.getId(), "หลักฐาน.txt",
        "หลักฐาน".getBytes(StandardCharsets.UTF_8), null).body()).get("id").asText();
    completeStudy();
    HttpResponse<String> afterCompletion = upload("somchai.j", task.getId(), "สาย.pdf", samplePdf(), null);
    assertThat(afterCompletion.statusCode()).isEqualTo(409);
    assertThat(afterCompletion.body()).contains("เสร็จสิ้นแล้ว");
    assertThat(delete("somchai.j", kept).statusCode()).isEqualTo(409);
    assertThat(count("ACT_HI_ATTACHMENT")).isEqualTo(attachments + 1);
  }

  @Test
  void historyCleanupRemovesTheFilesWithTheirProcess() throws Exception {
    String id = JSON.readTree(upload("somchai.j", task.getId(), "หลักฐาน.pdf", samplePdf(), null).body())
        .get("id").asText();
    assertThat(engine.getTaskService().getAttachment(id)).isNotNull();
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "ยกเลิก");

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 3651L * 24 * 3600 * 1000));
    String jobId = engine.getHistoryService().cleanUpHistoryAsync(true).getId();
    for (int i = 0; i < 10 && engine.getManagementService().createJobQuery().jobId(jobId).count() > 0; i++) {
      Job job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
      if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
        break;
      }
      engine.getManagementService().executeJob(jobId);
    }
    assertThat(engine.getTaskService().getAttachment(id)).isNull();
    assertThat(new JdbcTemplate(dataSource).queryForObject(
        "select count(*) from ACT_GE_BYTEARRAY where ROOT_PROC_INST_ID_ = ?", Long.class, instance.getId())).isZero();
  }

  private void completeStudy() {
    engine.getTaskService().complete(task.getId(), Map.of("studySummary", "ศึกษาครบ",
        "studyLink", "https://drive.example/study"));
  }

  private long count(String table) {
    return new JdbcTemplate(dataSource).queryForObject("select count(*) from " + table, Long.class);
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials = user.contains(":") ? user : user + ":test-password";
    return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> delete(String user, String documentId) throws Exception {
    return http.send(request(user, "/api/documents/" + documentId).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> upload(String user, String taskId, String name, byte[] content, String description)
      throws Exception {
    String boundary = "b" + UUID.randomUUID();
    return http.send(request(user, "/api/tasks/" + taskId + "/documents")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, name, content, description))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static byte[] multipart(String boundary, String name, byte[] content, String description) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    if (description != null) {
      body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n"
          + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + description).getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  /** A small valid PDF (one empty page), as a scanner or word processor would give. */
  static byte[] samplePdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static List<String> names(JsonNode entries) {
    return java.util.stream.StreamSupport.stream(entries.spliterator(), false).map(e -> e.get("name").asText()).toList();
  }
}
