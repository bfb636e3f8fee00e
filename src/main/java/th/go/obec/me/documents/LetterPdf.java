package th.go.obec.me.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.BreakIterator;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Office letters as PDF in the official layout (A4, 3 cm left and 2 cm right margins, Sarabun 16 pt
 * text, bold headings with dotted lines, the Garuda emblem 1.5 cm high on a memo and 3 cm on an
 * order or announcement). Thai is shaped by OpenPDF's LayoutProcessor (Java's own OpenType
 * layout: tone marks placed over upper vowels, GPOS/GSUB) with the embedded Sarabun TrueType font
 * (SIL OFL), and lines break between Thai words (Java's Thai dictionary break iterator), never
 * inside a word or between a consonant and its marks. The real text is written as ActualText, so
 * extracting it (pdftotext, copy) gives back exactly what was typed.
 */
@Component
public class LetterPdf {

  private static final float CM = 72f / 2.54f;
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final Color INK = Color.BLACK;

  private final BaseFont regular;
  private final BaseFont bold;
  private final GarudaImage garuda;

  public LetterPdf(GarudaImage garuda) {
    this.garuda = garuda;
    // Process-wide switch of OpenPDF; this application writes no other PDFs.
    enableShaping();
    this.regular = font("documents/fonts/Sarabun-Regular.ttf");
    this.bold = font("documents/fonts/Sarabun-Bold.ttf");
  }

  private static synchronized void enableShaping() {
    if (!LayoutProcessor.isEnabled()) {
      LayoutProcessor.enableKernLiga();
      LayoutProcessor.setWriteActualText();
    }
  }

  public byte[] write(OfficeLetter letter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4, 3 * CM, 2 * CM, 1.5f * CM, 2 * CM);
    try {
      PdfWriter writer = PdfWriter.getInstance(pdf, out);
      writer.setPageEvent(new DottedLines());
      pdf.addTitle(letter.kindName() + " " + letter.subject());
      pdf.addAuthor(letter.letterhead().office() == null ? "" : letter.letterhead().office());
      pdf.addCreator("me-workflow");
      pdf.open();
      if (Document.MEMO.equals(letter.kind())) {
        memo(pdf, letter);
      } else {
        orderOrAnnouncement(pdf, letter);
      }
      signature(pdf, letter);
      pdf.close();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Cannot write the PDF of " + letter.fileName(), e);
    }
    return out.toByteArray();
  }

  private void memo(com.lowagie.text.Document pdf, OfficeLetter letter) throws DocumentException, IOException {
    PdfPTable head = new PdfPTable(new float[] {1.6f * CM, pdf.right() - pdf.left() - 1.6f * CM});
    head.setTotalWidth(pdf.right() - pdf.left());
    head.setLockedWidth(true);
    PdfPCell emblem = plainCell();
    Image image = garuda.image(1.5f * CM);
    if (image != null) {
      emblem.addElement(image);
    }
    emblem.setFixedHeight(1.7f * CM);
    head.addCell(emblem);
    PdfPCell title = plainCell();
    title.setVerticalAlignment(Element.ALIGN_MIDDLE);
    title.setHorizontalAlignment(Element.ALIGN_CENTER);
    title.setPhrase(new Phrase(text("บันทึกข้อความ", new Font(bold, 29))));
    // Centred on the page, as the form prints it: the emblem's width is added on the right too.
    title.setPaddingRight(1.6f * CM);
    head.addCell(title);
    pdf.add(head);

    OfficeLetter.Letterhead letterhead = letter.letterhead();
    String unit = join(letterhead.unit(), letterhead.office());
    if (letterhead.telephone() != null && !letterhead.telephone().isBlank()) {
      unit = unit + " โทร. " + OfficeLetter.thaiDigits(letterhead.telephone());
    }
    pdf.add(headingLine(new String[] {"ส่วนราชการ", unit}));
    String number = letterhead.letterCode() == null || letterhead.letterCode().isBlank() ? letter.number()
        : letterhead.letterCode() + "/" + nullToEmpty(letter.number());
    pdf.add(headingLine(new String[] {"ที่", OfficeLetter.thaiDigits(number)},
        new String[] {"วันที่", OfficeLetter.thaiDate(letter.date())}));
    pdf.add(headingLine(new String[] {"เรื่อง", OfficeLetter.thaiDigits(letter.subject())}));
    Paragraph salutation = new Paragraph(16 * 1.3f);
    salutation.setSpacingBefore(10);
    salutation.add(text("เรียน  " + nullToEmpty(letter.addressee()), new Font(regular, 16)));
    pdf.add(salutation);
    body(pdf, letter);
  }

  private void orderOrAnnouncement(com.lowagie.text.Document pdf, OfficeLetter letter) throws DocumentException, IOException {
    Image image = garuda.image(3 * CM);
    if (image != null) {
      image.setAlignment(Image.ALIGN_CENTER);
      pdf.add(image);
    } else {
      Paragraph space = new Paragraph(" ");
      space.setSpacingAfter(3 * CM - 16);
      pdf.add(space);
    }
    Font heading = new Font(bold, 16);
    pdf.add(centred(letter.kindName() + nullToEmpty(letter.letterhead().office()), heading));
    if (Document.ORDER.equals(letter.kind())) {
      pdf.add(centred(OfficeLetter.thaiDigits("ที่ " + letter.orderNumber()), heading));
    } else if (letter.number() != null && !letter.number().isBlank()) {
      pdf.add(centred(OfficeLetter.thaiDigits("ที่ " + letter.number()), heading));
    }
    pdf.add(centred("เรื่อง " + OfficeLetter.thaiDigits(letter.subject()), heading));
    pdf.add(centred("--------------------------------------", new Font(regular, 16)));
    body(pdf, letter);
    Paragraph given = new Paragraph(16 * 1.3f);
    given.setSpacingBefore(12);
    given.setIndentationLeft(2.5f * CM);
    given.add(text((Document.ORDER.equals(letter.kind()) ? "สั่ง ณ วันที่ " : "ประกาศ ณ วันที่ ")
        + OfficeLetter.thaiDate(letter.date()), new Font(regular, 16)));
    pdf.add(given);
  }

  private void body(com.lowagie.text.Document pdf, OfficeLetter letter) throws DocumentException {
    for (String paragraph : nullToEmpty(letter.body()).split("\\r?\\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      Paragraph p = new Paragraph(16 * 1.3f);
      p.setFirstLineIndent(2.5f * CM);
      p.setSpacingBefore(6);
      p.add(text(OfficeLetter.thaiDigits(paragraph.strip()), new Font(regular, 16)));
      pdf.add(p);
    }
  }

  private void signature(com.lowagie.text.Document pdf, OfficeLetter letter) throws DocumentException {
    OfficeLetter.Signature signature = letter.signature();
    OfficeLetter.Approval approval = signature.approval();
    Font font = new Font(regular, 16);
    PdfPTable block = new PdfPTable(new float[] {0.3f, 0.7f});
    block.setWidthPercentage(100);
    block.setSpacingBefore(1.2f * CM);
    block.setKeepTogether(true);
    block.addCell(plainCell());
    PdfPCell cell = plainCell();
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    String name = approval != null ? approval.name() : signature.name();
    String position = approval != null && approval.position() != null ? approval.position() : signature.position();
    Paragraph lines = new Paragraph(16 * 1.3f);
    lines.setAlignment(Element.ALIGN_CENTER);
    lines.add(text(approval != null ? "ลงนามในระบบ" : " ", font));
    lines.add(Chunk.NEWLINE);
    lines.add(text("(" + nullToEmpty(name) + ")", font));
    lines.add(Chunk.NEWLINE);
    lines.add(text(nullToEmpty(position), font));
    if (approval != null) {
      lines.add(Chunk.NEWLINE);
      lines.add(text("อนุมัติเมื่อ " + OfficeLetter.thaiDateTime(approval.at()), new Font(regular, 14)));
    }
    cell.addElement(lines);
    block.addCell(cell);
    pdf.add(block);
    if (letter.isDraft()) {
      Paragraph draft = new Paragraph(16);
      draft.setSpacingBefore(18);
      draft.add(text(OfficeLetter.thaiDigits("ร่าง ฉบับที่ " + letter.version()) + " — รอผู้มีอำนาจลงนามในระบบ",
          new Font(regular, 12, Font.NORMAL, Color.GRAY)));
      pdf.add(draft);
    }
  }

  /** A heading line: bold heading, its value, and a dotted line to the margin (one or two parts). */
  private Paragraph headingLine(String[]... parts) {
    Paragraph line = new Paragraph(16 * 1.35f);
    Font heading = new Font(bold, 20);
    Font value = new Font(regular, 16);
    for (int i = 0; i < parts.length; i++) {
      Chunk label = text(parts[i][0], heading);
      line.add(label);
      Chunk filled = text("  " + nullToEmpty(parts[i][1]) + "  ", value);
      filled.setGenericTag(i == parts.length - 1 ? DottedLines.TO_MARGIN : DottedLines.TO_MIDDLE);
      line.add(filled);
      if (i < parts.length - 1) {
        line.add(new Chunk(new com.lowagie.text.pdf.draw.VerticalPositionMark(), 0.45f * 16 * CM, false));
      }
    }
    return line;
  }

  private Paragraph centred(String content, Font font) {
    Paragraph p = new Paragraph(font.getSize() * 1.3f);
    p.setAlignment(Element.ALIGN_CENTER);
    p.add(text(content, font));
    return p;
  }

  private static Chunk text(String content, Font font) {
    font.setColor(font.getColor() == null ? INK : font.getColor());
    Chunk chunk = new Chunk(content, font);
    chunk.setSplitCharacter(ThaiLineBreaks.INSTANCE);
    return chunk;
  }

  private static PdfPCell plainCell() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    return cell;
  }

  private static String join(String first, String second) {
    return (nullToEmpty(first) + " " + nullToEmpty(second)).trim();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /** The LayoutProcessor needs a font file: the bundled TTF copied to a temporary file once. */
  private static BaseFont font(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      Path file = Files.createTempFile("me-workflow-font-", ".ttf");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      BaseFont font = BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      LayoutProcessor.loadFont(font, file.toString());
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + resource, e);
    }
  }

  /** Line breaks between Thai words and at spaces, found by Java's Thai line break iterator. */
  static final class ThaiLineBreaks implements SplitCharacter {

    static final ThaiLineBreaks INSTANCE = new ThaiLineBreaks();

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
      char c = cc[current];
      if (c == ' ' || c == '-' || c == '/') {
        return true;
      }
      if (current + 1 >= end || !isThai(c) && !isThai(cc[current + 1])) {
        return false;
      }
      BreakIterator words = BreakIterator.getLineInstance(THAI);
      // The word around the candidate position is enough context for the dictionary.
      int from = Math.max(start, current - 40);
      int to = Math.min(end, current + 41);
      words.setText(new String(cc, from, to - from));
      return words.isBoundary(current + 1 - from);
    }

    private static boolean isThai(char c) {
      return c >= '\u0E00' && c <= '\u0E7F';
    }
  }

  /** Draws the dotted lines of memo paper after the tagged heading values. */
  static final class DottedLines extends PdfPageEventHelper {

    static final String TO_MARGIN = "dots-to-margin";
    static final String TO_MIDDLE = "dots-to-middle";

    @Override
    public void onGenericTag(PdfWriter writer, com.lowagie.text.Document document, Rectangle rect, String tag) {
      PdfContentByte canvas = writer.getDirectContent();
      float end = TO_MARGIN.equals(tag) ? document.right() : document.left() + 0.45f * 16 * CM - 4;
      canvas.saveState();
      canvas.setLineDash(0.6f, 2.4f, 0);
      canvas.setLineWidth(0.6f);
      canvas.moveTo(rect.getLeft(), rect.getBottom() - 2);
      canvas.lineTo(Math.max(end, rect.getRight()), rect.getBottom() - 2);
      canvas.stroke();
      canvas.restoreState();
    }
  }
}
