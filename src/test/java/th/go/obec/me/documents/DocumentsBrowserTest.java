package th.go.obec.me.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.BrowserSpec;
import th.go.obec.me.support.PostgresWebTest;

/**
 * The documents panel in a real browser (src/test/browser/documents.spec.mjs, Playwright with
 * Debian's Chromium): a staff member uploads a Thai-named PDF to the memo step of annual-report in
 * Tasklist, the director sees it in the signing step and downloads the same bytes.
 */
class DocumentsBrowserTest extends PostgresWebTest {

  private static final String PDF_NAME = "หลักฐานการประชุมคณะทำงาน ครั้งที่ ๑.pdf";

  @Autowired
  Documents documents;

  @Test
  void staffUploadAThaiNamedPdfAndTheNextStepsPersonDownloadsIt() throws Exception {
    BrowserSpec.requireChromium();
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ANNUAL_REPORT,
        Map.of(ProcessConstants.FISCAL_YEAR, 2570));
    Task draft = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

    LetterPdf writer = new LetterPdf(new GarudaImage(new DocumentProperties(null, List.of(), null),
        new org.springframework.core.io.DefaultResourceLoader()));
    Path pdf = Files.createTempFile("evidence", ".pdf");
    Files.write(pdf, writer.write(new OfficeLetter(Document.MEMO, LetterPdfTest.letterhead(), "รายงานการประชุม",
        "1", LocalDate.of(2027, 9, 1), "ผู้อำนวยการ", "สรุปผลการประชุมคณะทำงาน",
        new OfficeLetter.Signature("สมชาย ใจดี", "นักวิเคราะห์นโยบายและแผน", null), 1)));

    BrowserSpec.run("documents", Map.of(
        "baseUrl", baseUrl(),
        "staff", Map.of("id", "somchai.j", "password", "test-password", "name", "สมชาย ใจดี"),
        "director", Map.of("id", "wichai.s", "password", "test-password"),
        "pdf", Map.of("name", PDF_NAME, "path", pdf.toString()),
        "processInstanceId", pi.getId(),
        "draftTaskId", draft.getId(),
        "draftTaskName", draft.getName(),
        "draftVariables", Map.of(
            "memoTitle", Map.of("value", "ขอจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ 2570"),
            "memoNumber", Map.of("value", "321"),
            "memoDate", Map.of("value", "2027-09-03"),
            "memoText", Map.of("value", "จึงเรียนมาเพื่อโปรดพิจารณา"),
            ProcessConstants.GROUP_HEADS, Map.of("value", "[\"anan.w\"]", "type", "Json"))));
    assertThat(documents.documentsOf(pi.getId())).filteredOn(d -> d.name().equals(PDF_NAME))
        .singleElement().satisfies(d -> {
          assertThat(d.createdBy()).isEqualTo("somchai.j");
          assertThat(d.taskId()).isEqualTo(draft.getId());
          assertThat(d.size()).isEqualTo(Files.size(pdf));
        });
    assertThat(documents.documentsOf(pi.getId())).noneMatch(d -> d.name().equals("บันทึกการประสาน.txt"));
  }
}
