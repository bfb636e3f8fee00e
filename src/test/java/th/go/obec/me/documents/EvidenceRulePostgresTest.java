package th.go.obec.me.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.rule.OfficeRuleException;
import th.go.obec.me.support.PostgresWebTest;

/**
 * The evidence rule on a step whose form marks its evidence link "link-or-document": the step
 * completes with the link or with a document attached in this step, and is refused (nothing
 * saved) with neither.
 */
class EvidenceRulePostgresTest extends PostgresWebTest {

  @Autowired
  Documents documents;

  @BeforeEach
  void deploy() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("evidence-check").count() == 0) {
      engine.getRepositoryService().createDeployment().name("evidence-check")
          .addClasspathResource("documents/evidence-check.bpmn")
          .addClasspathResource("documents/evidence-check.form").deploy();
    }
  }

  @Test
  void aStepAsksForTheEvidenceLinkOrADocumentAttachedInIt() {
    Task noEvidence = start();
    assertThatThrownBy(() -> engine.getTaskService().complete(noEvidence.getId(), Map.of("summary", "ครบ")))
        .isInstanceOf(OfficeRuleException.class)
        .hasMessageContaining("แนบไฟล์หลักฐาน").hasMessageContaining("evidenceLink");
    assertThat(engine.getTaskService().createTaskQuery().taskId(noEvidence.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(noEvidence.getProcessInstanceId(), "summary")).isNull();

    documents.attach(noEvidence.getId(), noEvidence.getProcessInstanceId(), Document.EVIDENCE, "หลักฐาน.txt", null,
        "text/plain", "หลักฐานการประชุม".getBytes(StandardCharsets.UTF_8), "somchai.j");
    engine.getTaskService().complete(noEvidence.getId(), Map.of("summary", "ครบ"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(noEvidence.getId()).count()).isZero();

    Task withLink = start();
    engine.getFormService().submitTaskForm(withLink.getId(), Map.of("summary", "ครบ",
        "evidenceLink", "https://drive.example/evidence"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(withLink.getId()).count()).isZero();
  }

  @Test
  void throughRestTheRefusalIsA400InThai() throws Exception {
    Task task = start();
    java.net.http.HttpResponse<String> refused = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/engine-rest/task/" + task.getId() + "/complete"))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                "somchai.j:test-password".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"variables\":{\"summary\":{\"value\":\"ครบ\"}}}"))
            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("แนบไฟล์หลักฐาน");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  private Task start() {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("evidence-check",
        Map.of(ProcessConstants.FISCAL_YEAR, 2570));
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }
}
