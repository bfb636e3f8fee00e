package th.go.obec.me.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The letter writers alone: a memo with MEMO.md's test strings comes back from pdftotext exactly
 * as written (Thai digits, BE date, every part), and is rendered to PNG (target/documents/) for a
 * person to look at; an order and an announcement have their own parts; the DOCX opens as a
 * Word document with the same text.
 */
class LetterPdfTest {

  static final String TEST_STRINGS = "นี้ ปี่ ญู กำ ฎีกา ฐาน";

  @Test
  void aMemoReadsBackExactlyAndRendersToAPage() throws Exception {
    Path garuda = placeholderEmblem();
    LetterPdf pdf = new LetterPdf(new GarudaImage(new DocumentProperties(null, List.of(), "file:" + garuda),
        new DefaultResourceLoader()));
    OfficeLetter memo = sampleMemo(new OfficeLetter.Approval("นายวิชัย ศรีสุข",
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑", LocalDateTime.of(2026, 11, 30, 14, 5)));
    byte[] bytes = pdf.write(memo);
    Path dir = Files.createDirectories(Path.of("target/documents"));
    Path file = dir.resolve("memo.pdf");
    Files.write(file, bytes);

    String text = run("pdftotext", "-layout", file.toString(), "-");
    String raw = run("pdftotext", "-raw", file.toString(), "-");
    for (String expected : List.of("บันทึกข้อความ", "ส่วนราชการ", "ที่", "วันที่", "เรื่อง", "เรียน",
        "กลุ่มนโยบายและแผน", "ศธ ๐๔๙๙๙/๑๒๓", "๓๐ พฤศจิกายน ๒๕๖๙", "ขอจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ ๒๕๗๐",
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง", TEST_STRINGS, "A วันที่",
        "(นายวิชัย ศรีสุข)", "อนุมัติเมื่อ ๓๐ พฤศจิกายน ๒๕๖๙ เวลา ๑๔.๐๕ น.")) {
      assertThat(text.contains(expected) || raw.contains(expected)).as("pdftotext finds \"%s\" in:%n%s", expected, raw)
          .isTrue();
    }
    assertThat(raw).contains(TEST_STRINGS).contains("A วันที่");
    assertThat(raw).doesNotContain("2569").doesNotContain("123");
    assertThat(run("pdffonts", file.toString())).contains("Sarabun").contains("yes");

    run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", file.toString(), dir.resolve("memo").toString());
    assertThat(dir.resolve("memo-1.png")).exists();
  }

  @Test
  void ordersAndAnnouncementsHaveTheirOwnParts() throws Exception {
    LetterPdf pdf = new LetterPdf(new GarudaImage(new DocumentProperties(null, List.of(), null),
        new DefaultResourceLoader()));
    OfficeLetter order = new OfficeLetter(Document.ORDER, letterhead(), "แต่งตั้งคณะทำงานติดตามและประเมินผล", "45",
        LocalDate.of(2026, 12, 1), null, "เพื่อให้การติดตามเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะทำงาน",
        new OfficeLetter.Signature("นายวิชัย ศรีสุข", "ผู้อำนวยการ", null), 2);
    Path dir = Files.createDirectories(Path.of("target/documents"));
    Files.write(dir.resolve("order.pdf"), pdf.write(order));
    String text = run("pdftotext", "-raw", dir.resolve("order.pdf").toString(), "-");
    assertThat(text).contains("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง").contains("ที่ ๔๕/๒๕๖๙")
        .contains("สั่ง ณ วันที่ ๑ ธันวาคม ๒๕๖๙").contains("ร่าง ฉบับที่ ๒");
    OfficeLetter announcement = new OfficeLetter(Document.ANNOUNCEMENT, letterhead(), "ผู้มีสิทธิ์ใช้ระบบ", "",
        LocalDate.of(2026, 12, 2), null, "ประกาศให้ทราบโดยทั่วกัน", order.signature(), 1);
    Files.write(dir.resolve("announcement.pdf"), pdf.write(announcement));
    assertThat(run("pdftotext", "-raw", dir.resolve("announcement.pdf").toString(), "-"))
        .contains("ประกาศสำนักงานเขตพื้นที่การศึกษา").contains("ประกาศ ณ วันที่ ๒ ธันวาคม ๒๕๖๙");
  }

  @Test
  void theDocxCarriesTheSameText() throws Exception {
    byte[] docx = new LetterDocx(new GarudaImage(new DocumentProperties(null, List.of(), "file:" + placeholderEmblem()),
        new DefaultResourceLoader())).write(sampleMemo(null));
    try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
         var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
      assertThat(extractor.getText()).contains("บันทึกข้อความ").contains("ศธ ๐๔๙๙๙/๑๒๓")
          .contains("๓๐ พฤศจิกายน ๒๕๖๙").contains(TEST_STRINGS).contains("(นายวิชัย ศรีสุข)");
      assertThat(document.getAllPictures()).hasSize(1);
    }
  }

  static OfficeLetter.Letterhead letterhead() {
    return new OfficeLetter.Letterhead("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑", "กลุ่มนโยบายและแผน",
        "ศธ ๐๔๙๙๙", "๐ ๒๑๒๓ ๔๕๖๗");
  }

  static OfficeLetter sampleMemo(OfficeLetter.Approval approval) {
    return new OfficeLetter(Document.MEMO, letterhead(), "ขอจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ 2570", "123",
        LocalDate.of(2026, 11, 30), "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑",
        "ด้วยกลุ่มนโยบายและแผน มีหน้าที่จัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ เพื่อเสนอต่อคณะกรรมการเขตพื้นที่การศึกษาและเผยแพร่ต่อสาธารณะ"
            + " จึงขอให้กลุ่มงานทุกกลุ่มส่งผลการดำเนินงานภายในวันที่กำหนด\n" + TEST_STRINGS + "\nA วันที่ทดสอบบรรทัดที่ขึ้นต้นด้วยอักษรละติน\n"
            + "จึงเรียนมาเพื่อโปรดพิจารณา",
        new OfficeLetter.Signature("นายวิชัย ศรีสุข", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑", approval),
        approval == null ? 1 : 0);
  }

  /** A stand-in emblem (the office configures its own Garuda image): a grey shape 3:4. */
  static Path placeholderEmblem() throws Exception {
    BufferedImage image = new BufferedImage(90, 120, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(120, 120, 120));
    g.fillOval(15, 5, 60, 60);
    g.fillRect(5, 60, 80, 55);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    Path file = Files.createTempFile("garuda", ".png");
    Files.write(file, out.toByteArray());
    return file;
  }

  static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
