package th.go.obec.me.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.PostgresWebTest;

/**
 * annual-report walked through its memo step on PostgreSQL: the staff's draft becomes a memo PDF
 * (and DOCX) in the official layout, a returned draft a second version beside the first, and the
 * director's approval the final PDF with his typed name, position and time. The PDFs are read
 * back with pdftotext and the first page rendered with pdftoppm (target/documents/).
 */
class MemoWalkPostgresTest extends PostgresWebTest {

  static final String TEXT = "ด้วยกลุ่มนโยบายและแผนจะจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ 2570"
      + " จึงขอให้ทุกกลุ่มส่งผลการดำเนินงานภายในวันที่ 31 ตุลาคม 2570\n"
      + LetterPdfTest.TEST_STRINGS + "\nA วันที่ส่งผลการดำเนินงานตามแบบฟอร์ม\nจึงเรียนมาเพื่อโปรดพิจารณา";

  @Autowired
  Documents documents;

  @Test
  void theMemoStepWritesTheMemoAndTheDirectorSignsItInTheSystem() throws Exception {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ANNUAL_REPORT,
        Map.of(ProcessConstants.FISCAL_YEAR, 2570));
    TaskService tasks = engine.getTaskService();

    draft(pi, "ขอจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ 2570");
    List<Document> first = documents.documentsOf(pi.getId());
    assertThat(first).extracting(Document::kind).containsOnly(Document.MEMO);
    assertThat(first).extracting(Document::name).containsExactlyInAnyOrder(
        "บันทึกข้อความ ขอจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ 2570 (ร่าง ฉบับที่ ๑).pdf",
        "บันทึกข้อความ ขอจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ 2570 (ร่าง ฉบับที่ ๑).docx");
    Document draftPdf = first.stream().filter(d -> d.name().endsWith(".pdf")).findFirst().orElseThrow();
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "memoDocumentId")).isEqualTo(draftPdf.id());
    assertThat(draftPdf.createdBy()).isEqualTo("somchai.j");

    String text = pdfText(draftPdf, "annual-report-memo-draft");
    for (String part : List.of("บันทึกข้อความ", "ส่วนราชการ", "ที่", "วันที่", "เรื่อง", "เรียน",
        "กลุ่มนโยบายและแผน สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง", "ศธ ๐๔๙๙๙/๓๒๑", "๓ กันยายน ๒๕๗๐",
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑",
        "ด้วยกลุ่มนโยบายและแผนจะจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ ๒๕๗๐",
        LetterPdfTest.TEST_STRINGS, "A วันที่ส่งผลการดำเนินงานตามแบบฟอร์ม", "จึงเรียนมาเพื่อโปรดพิจารณา",
        "(นายวิชัย ศรีสุข)", "ร่าง ฉบับที่ ๑")) {
      // A long line wraps between Thai words: the part is found on one line or across the wrap.
      assertThat(text.contains(part) || text.replace("\n", "").contains(part)).as("the memo has \"%s\":%n%s", part, text)
          .isTrue();
    }

    // Returned with a comment: the next draft is version 2, version 1 is kept.
    decide(pi, false, "ขอให้ระบุกำหนดส่งให้ชัดเจน");
    draft(pi, "ขอจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ 2570 (แก้ไข)");
    assertThat(documents.documentsOf(pi.getId())).extracting(Document::name)
        .contains("บันทึกข้อความ ขอจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ 2570 (ร่าง ฉบับที่ ๑).pdf",
            "บันทึกข้อความ ขอจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ 2570 (แก้ไข) (ร่าง ฉบับที่ ๒).pdf")
        .hasSize(4);

    decide(pi, true, "");
    Document signed = documents.documentsOf(pi.getId()).stream().filter(d -> d.name().contains("(ลงนามแล้ว)"))
        .findFirst().orElseThrow();
    assertThat(signed.createdBy()).isEqualTo("wichai.s");
    assertThat(signed.kind()).isEqualTo(Document.MEMO);
    String signedText = pdfText(signed, "annual-report-memo-signed");
    assertThat(signedText).contains("ลงนามในระบบ").contains("(วิชัย ศรีสุข)").contains("อนุมัติเมื่อ")
        .doesNotContain("ร่าง ฉบับที่");
    assertThat(signedText.replace("\n", "")).contains("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).list()).isNotEmpty();
  }

  private void draft(ProcessInstance pi, String subject) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_DraftMemo").singleResult();
    as("somchai.j", List.of("monitoring", "me-committee"), () -> {
      engine.getTaskService().claim(task.getId(), "somchai.j");
      engine.getFormService().submitTaskForm(task.getId(), Variables.createVariables()
          .putValue("memoTitle", subject).putValue("memoNumber", "321").putValue("memoDate", "2027-09-03")
          .putValue("memoTo", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑")
          .putValue("memoText", TEXT)
          .putValue(ProcessConstants.GROUP_HEADS, SpinValues.jsonValue("[\"anan.w\",\"suda.m\"]").create()));
    });
  }

  private void decide(ProcessInstance pi, boolean approved, String comment) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ApproveMemo").singleResult();
    as("wichai.s", List.of("director", "executives"), () -> {
      engine.getTaskService().claim(task.getId(), "wichai.s");
      engine.getFormService().submitTaskForm(task.getId(), Variables.createVariables()
          .putValue(ProcessConstants.APPROVED, approved).putValue(ProcessConstants.COMMENT, comment));
    });
  }

  private void as(String user, List<String> groups, Runnable work) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      work.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String pdfText(Document document, String name) throws Exception {
    byte[] bytes = engine.getTaskService().getAttachmentContent(document.id()).readAllBytes();
    Path dir = Files.createDirectories(Path.of("target/documents"));
    Path file = dir.resolve(name + ".pdf");
    Files.write(file, bytes);
    LetterPdfTest.run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", file.toString(),
        dir.resolve(name).toString());
    return LetterPdfTest.run("pdftotext", "-raw", file.toString(), "-");
  }
}
