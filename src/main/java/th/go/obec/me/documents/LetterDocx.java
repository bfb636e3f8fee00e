package th.go.obec.me.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

/**
 * The same letter as DOCX, for the office to edit in its word processor: A4, the same margins,
 * parts and Thai digits, in TH Sarabun New (the word processor shapes Thai itself; it falls back
 * to Sarabun or its own Thai font where TH Sarabun New is not installed).
 */
@Component
public class LetterDocx {

  private static final String FONT = "TH Sarabun New";
  private static final int CM_TWIPS = 567;

  private final GarudaImage garuda;

  public LetterDocx(GarudaImage garuda) {
    this.garuda = garuda;
  }

  public byte[] write(OfficeLetter letter) {
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(docx);
      boolean memo = Document.MEMO.equals(letter.kind());
      XWPFParagraph top = docx.createParagraph();
      top.setAlignment(memo ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
      if (garuda.bytes() != null) {
        float height = memo ? 1.5f : 3f;
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(garuda.bytes()));
        int h = Units.toEMU(height * 72 / 2.54);
        int w = (int) ((long) h * image.getWidth() / image.getHeight());
        top.createRun().addPicture(new ByteArrayInputStream(garuda.bytes()),
            isPng(garuda.bytes()) ? XWPFDocument.PICTURE_TYPE_PNG : XWPFDocument.PICTURE_TYPE_JPEG, "garuda", w, h);
      }
      OfficeLetter.Letterhead head = letter.letterhead();
      if (memo) {
        run(top, "\tบันทึกข้อความ", 29, true);
        String unit = (nz(head.unit()) + " " + nz(head.office())).trim();
        if (head.telephone() != null && !head.telephone().isBlank()) {
          unit += " โทร. " + OfficeLetter.thaiDigits(head.telephone());
        }
        headed(docx, "ส่วนราชการ", unit);
        String number = head.letterCode() == null || head.letterCode().isBlank() ? nz(letter.number())
            : head.letterCode() + "/" + nz(letter.number());
        XWPFParagraph line = headed(docx, "ที่", OfficeLetter.thaiDigits(number));
        run(line, "\t\tวันที่", 20, true);
        run(line, "  " + OfficeLetter.thaiDate(letter.date()), 16, false);
        headed(docx, "เรื่อง", OfficeLetter.thaiDigits(letter.subject()));
        run(docx.createParagraph(), "เรียน  " + nz(letter.addressee()), 16, false);
      } else {
        centred(docx, letter.kindName() + nz(head.office()));
        if (Document.ORDER.equals(letter.kind())) {
          centred(docx, OfficeLetter.thaiDigits("ที่ " + letter.orderNumber()));
        }
        centred(docx, "เรื่อง " + OfficeLetter.thaiDigits(letter.subject()));
        centred(docx, "--------------------------------------");
      }
      for (String text : nz(letter.body()).split("\\r?\\n")) {
        if (!text.isBlank()) {
          XWPFParagraph p = docx.createParagraph();
          p.setIndentationFirstLine((int) (2.5 * CM_TWIPS));
          p.setAlignment(ParagraphAlignment.THAI_DISTRIBUTE);
          run(p, OfficeLetter.thaiDigits(text.strip()), 16, false);
        }
      }
      if (!memo) {
        XWPFParagraph given = docx.createParagraph();
        given.setIndentationLeft((int) (2.5 * CM_TWIPS));
        run(given, (Document.ORDER.equals(letter.kind()) ? "สั่ง ณ วันที่ " : "ประกาศ ณ วันที่ ")
            + OfficeLetter.thaiDate(letter.date()), 16, false);
      }
      OfficeLetter.Signature signature = letter.signature();
      OfficeLetter.Approval approval = signature.approval();
      docx.createParagraph();
      docx.createParagraph();
      signatureLine(docx, "(" + nz(approval != null ? approval.name() : signature.name()) + ")");
      signatureLine(docx, nz(approval != null && approval.position() != null ? approval.position() : signature.position()));
      if (approval != null) {
        signatureLine(docx, "ลงนามในระบบ อนุมัติเมื่อ " + OfficeLetter.thaiDateTime(approval.at()));
      }
      docx.write(out);
      return out.toByteArray();
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("Cannot write the DOCX of " + letter.fileName(), e);
    }
  }

  private static void page(XWPFDocument docx) {
    CTSectPr section = docx.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setLeft(BigInteger.valueOf(3L * CM_TWIPS));
    margins.setRight(BigInteger.valueOf(2L * CM_TWIPS));
    margins.setTop(BigInteger.valueOf((long) (1.5 * CM_TWIPS)));
    margins.setBottom(BigInteger.valueOf(2L * CM_TWIPS));
  }

  private static XWPFParagraph headed(XWPFDocument docx, String heading, String value) {
    XWPFParagraph p = docx.createParagraph();
    run(p, heading, 20, true);
    run(p, "  " + nz(value), 16, false);
    return p;
  }

  private static void centred(XWPFDocument docx, String text) {
    XWPFParagraph p = docx.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, 16, true);
  }

  private static void signatureLine(XWPFDocument docx, String text) {
    XWPFParagraph p = docx.createParagraph();
    p.setIndentationLeft(7 * CM_TWIPS);
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, 16, false);
  }

  private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    // Thai is "complex script" text in Word: its font and size are set separately.
    run.getCTR().addNewRPr();
    run.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
    run.setFontSize(size);
    run.setBold(bold);
    if (run.getCTR().getRPr() != null) {
      run.getCTR().getRPr().addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
      if (bold) {
        run.getCTR().getRPr().addNewBCs();
      }
      run.getCTR().getRPr().addNewLang().setBidi("th-TH");
    }
    String[] parts = text.split("\t", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        run.addTab();
      }
      run.setText(parts[i]);
    }
  }

  private static boolean isPng(byte[] bytes) {
    return bytes.length > 4 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
