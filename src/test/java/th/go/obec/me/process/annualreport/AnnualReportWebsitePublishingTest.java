package th.go.obec.me.process.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static th.go.obec.me.support.Dates.bangkok;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.ProcessEngineTest;

/**
 * annual-report step 9 when the office website's publishing endpoint is configured: a real HTTP
 * server started by the test stands in for the website.
 */
class AnnualReportWebsitePublishingTest extends ProcessEngineTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpServer WEBSITE = startWebsite();
  private static final List<Received> REQUESTS = new CopyOnWriteArrayList<>();
  private static volatile int answerStatus = 201;
  private static volatile String answerBody = "{\"url\":\"https://esa.example/news/annual-2570\"}";

  record Received(String method, String authorization, String contentType, String body) {
  }

  private static HttpServer startWebsite() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/api/publish", exchange -> {
        try (InputStream in = exchange.getRequestBody()) {
          REQUESTS.add(new Received(exchange.getRequestMethod(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        byte[] answer = answerBody.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answerStatus, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the test website", e);
    }
  }

  @DynamicPropertySource
  static void website(DynamicPropertyRegistry registry) {
    registry.add("me.publish.website.url",
        () -> "http://127.0.0.1:" + WEBSITE.getAddress().getPort() + "/api/publish");
    registry.add("me.publish.website.user", () -> "publisher");
    registry.add("me.publish.website.password", () -> "s3cret");
    registry.add("me.publish.website.retry-cycle", () -> "R3/PT10M");
  }

  @AfterAll
  static void stopWebsite() {
    WEBSITE.stop(0);
  }

  @BeforeEach
  void websiteWorks() {
    REQUESTS.clear();
    answerStatus = 201;
    answerBody = "{\"url\":\"https://esa.example/news/annual-2570\"}";
    clockAt(bangkok("2027-09-01T08:30"));
  }

  @Test
  void postsTheReportToTheWebsiteAndRecordsThePublishedUrl() throws Exception {
    ProcessInstance pi = AnnualReportSteps.walkToPublishing();

    assertThat(pi).isWaitingAt("Task_PublishOnWebsite");
    assertThat(REQUESTS).isEmpty();
    execute(job(pi));

    assertThat(pi).isEnded().hasPassed("Task_PublishOnWebsite").hasNotPassed("Task_PublishManually")
        .variables().containsEntry(ProcessConstants.PUBLISHED_URL, "https://esa.example/news/annual-2570");
    assertThat(REQUESTS).hasSize(1);
    Received request = REQUESTS.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.contentType()).startsWith("application/json");
    assertThat(request.authorization()).isEqualTo(
        "Basic " + Base64.getEncoder().encodeToString("publisher:s3cret".getBytes(StandardCharsets.UTF_8)));
    JsonNode body = JSON.readTree(request.body());
    assertThat(body.get("title").asText()).isEqualTo("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2570");
    assertThat(body.get(ProcessConstants.FISCAL_YEAR).asInt()).isEqualTo(2570);
    assertThat(body.get(ProcessConstants.REPORT_URL).asText()).isEqualTo(AnnualReportSteps.REPORT_URL);
  }

  @Test
  void retriesAFailingWebsiteThenRaisesAnIncidentAndSucceedsWhenRetriedAfterRecovery() {
    ManagementService management = processEngine.getManagementService();
    ProcessInstance pi = AnnualReportSteps.walkToPublishing();
    answerStatus = 503;
    answerBody = "{\"error\":\"maintenance\"}";

    Job publishing = job(pi);
    int attempts = 0;
    while (publishing.getRetries() > 0) {
      String jobId = publishing.getId();
      assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("HTTP 503");
      attempts++;
      publishing = job(pi);
      if (publishing.getRetries() > 0) {
        // the retry cycle R3/PT10M: the next attempt is due ten minutes later
        Date now = ClockUtil.getCurrentTime();
        assertThat(publishing.getDuedate()).isAfter(now).isBefore(new Date(now.getTime() + 11 * 60_000));
        clockAt(new Date(publishing.getDuedate().getTime() + 1000));
      }
    }

    assertThat(attempts).isEqualTo(REQUESTS.size()).isGreaterThanOrEqualTo(3);
    Incident incident = processEngine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("Task_PublishOnWebsite");
    assertThat(incident.getIncidentMessage()).contains("HTTP 503");
    assertThat(pi).isWaitingAt("Task_PublishOnWebsite");

    // the website is back; the administrator retries the job from Cockpit
    answerStatus = 200;
    answerBody = "{\"publishedUrl\":\"https://esa.example/news/annual-2570-r\"}";
    management.setJobRetries(publishing.getId(), 1);
    management.executeJob(publishing.getId());

    assertThat(pi).isEnded().variables().containsEntry(ProcessConstants.PUBLISHED_URL, "https://esa.example/news/annual-2570-r");
    assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
  }
}
