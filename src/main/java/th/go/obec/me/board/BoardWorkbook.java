package th.go.obec.me.board;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import th.go.obec.me.board.BoardModel.Counts;
import th.go.obec.me.board.BoardModel.InstanceRow;
import th.go.obec.me.board.BoardModel.Overview;
import th.go.obec.me.board.BoardModel.ProcessRow;
import th.go.obec.me.board.BoardModel.StepRow;
import th.go.obec.me.board.BoardModel.StepState;
import th.go.obec.me.calendar.ThaiDates;

/**
 * The year as an Excel workbook for the director's meetings: a summary sheet (one row per process,
 * its counts) and one sheet per process (its rounds and steps), Thai headings, Buddhist Era dates
 * written as text ("30 พ.ย. 2569") so that every spreadsheet program shows them alike.
 */
public final class BoardWorkbook {

  public static final String SUMMARY_SHEET = "สรุปภาพรวม";
  public static final List<String> SUMMARY_HEADINGS = List.of("กระบวนงาน", "รหัสกระบวนงาน", "จำนวนรอบ",
      "เริ่มตามปฏิทิน", "เสร็จตามกำหนด", "เสร็จล่าช้า", "กำลังดำเนินการ", "เกินกำหนด", "ยังไม่เริ่ม");
  public static final List<String> PROCESS_HEADINGS = List.of("รอบ (รหัสอ้างอิง)", "สถานะกระบวนงาน", "ขั้นตอน",
      "ผู้รับผิดชอบ", "วันครบกำหนด", "วันที่เสร็จ", "สถานะ");

  private BoardWorkbook() {
  }

  public static byte[] write(Overview overview) {
    // streaming: rows go to a temporary file as they are written, which is several times faster
    // than keeping the whole year in memory as XSSFWorkbook does
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle heading = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      heading.setFont(bold);
      heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      heading.setBorderBottom(BorderStyle.THIN);
      CellStyle title = workbook.createCellStyle();
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title.setFont(big);

      Sheet summary = workbook.createSheet(SUMMARY_SHEET);
      text(summary.createRow(0), 0, "ภาพรวมงานติดตาม ประเมินผล และรายงานผล ปีงบประมาณ " + overview.fiscalYear()
          + " (ข้อมูล ณ " + ThaiDates.shortDate(overview.now()) + ")", title);
      headings(summary.createRow(2), SUMMARY_HEADINGS, heading);
      int r = 3;
      for (ProcessRow process : overview.processes()) {
        Row row = summary.createRow(r++);
        Counts counts = process.counts();
        long rounds = process.instances().stream().filter(i -> i.id() != null).count();
        text(row, 0, process.name(), null);
        text(row, 1, process.key(), null);
        row.createCell(2).setCellValue(rounds);
        text(row, 3, process.plannedStart() == null ? "-" : ThaiDates.shortDate(process.plannedStart()), null);
        row.createCell(4).setCellValue(counts.done());
        row.createCell(5).setCellValue(counts.doneLate());
        row.createCell(6).setCellValue(counts.open());
        row.createCell(7).setCellValue(counts.overdue());
        row.createCell(8).setCellValue(counts.notStarted());
      }
      summary.setColumnWidth(0, 90 * 256);
      summary.setColumnWidth(1, 30 * 256);
      for (int c = 2; c < SUMMARY_HEADINGS.size(); c++) {
        summary.setColumnWidth(c, 16 * 256);
      }
      summary.createFreezePane(0, 3);

      for (ProcessRow process : overview.processes()) {
        // Sheet names: at most 31 characters, so the catalogue key (all are shorter) not the Thai name
        Sheet sheet = workbook.createSheet(process.key());
        text(sheet.createRow(0), 0, process.name() + " ปีงบประมาณ " + overview.fiscalYear(), title);
        headings(sheet.createRow(2), PROCESS_HEADINGS, heading);
        int s = 3;
        for (InstanceRow instance : process.instances()) {
          for (StepRow step : instance.steps()) {
            Row row = sheet.createRow(s++);
            text(row, 0, instance.businessKey(), null);
            text(row, 1, instanceState(instance.state()), null);
            text(row, 2, step.name(), null);
            text(row, 3, step.holder() == null ? "-" : step.holder(), null);
            text(row, 4, date(step.due()), null);
            text(row, 5, date(step.completed()), null);
            text(row, 6, step.state().thai(), null);
          }
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        sheet.setColumnWidth(3, 40 * 256);
        sheet.setColumnWidth(4, 16 * 256);
        sheet.setColumnWidth(5, 16 * 256);
        sheet.setColumnWidth(6, 16 * 256);
        sheet.createFreezePane(0, 3);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the workbook", e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException ignored) {
        // nothing left to release: dispose() removed the temporary files
      }
    }
  }

  static String instanceState(String state) {
    return switch (state) {
      case "ACTIVE" -> "กำลังดำเนินการ";
      case "SUSPENDED" -> "พักไว้";
      case "COMPLETED" -> "เสร็จสิ้น";
      case "EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED" -> "ยกเลิก";
      default -> StepState.NOT_STARTED.thai();
    };
  }

  private static String date(Date date) {
    return date == null ? "-" : ThaiDates.shortDate(date);
  }

  private static void headings(Row row, List<String> headings, CellStyle style) {
    for (int c = 0; c < headings.size(); c++) {
      text(row, c, headings.get(c), style);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
