package th.go.obec.me.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

import th.go.obec.me.calendar.ThaiDates;

/**
 * A memo (บันทึกข้อความ), order (คำสั่ง) or announcement (ประกาศ) of the office, as the regulation on
 * correspondence lays it out (../shared/MEMO.md): what the draft form gave and the letterhead of
 * the organization file.
 *
 * @param kind      {@link Document#MEMO}, {@link Document#ORDER} or {@link Document#ANNOUNCEMENT}
 * @param subject   เรื่อง
 * @param number    the registry number (after the letter code for a memo; before "/year" for an order)
 * @param date      วันที่ (memo) or the date it is given (สั่ง/ประกาศ ณ วันที่)
 * @param addressee เรียน ... (memos only)
 * @param body      the text, paragraphs separated by blank lines or line breaks
 * @param version   the draft's version (1, 2, ...), or 0 for the approved final document
 */
public record OfficeLetter(String kind, Letterhead letterhead, String subject, String number, LocalDate date,
    String addressee, String body, Signature signature, int version) {

  public OfficeLetter {
    subject = subject == null ? "" : subject;
  }

  /** The office's letterhead, from the organization file. */
  public record Letterhead(String office, String unit, String letterCode, String telephone) {
  }

  /**
   * The signature block: the signer's name and position, and when the document was approved in
   * the system by whom (null while it is a draft).
   */
  public record Signature(String name, String position, Approval approval) {
  }

  /** Who approved in the signing task and when (the 2564 amendment's typed signature). */
  public record Approval(String name, String position, LocalDateTime at) {
  }

  /** An order's number and Buddhist Era year, "45/2570" (kept as typed when it has its year). */
  public String orderNumber() {
    String typed = number == null ? "" : number.trim();
    if (typed.contains("/") || date == null) {
      return typed;
    }
    return typed + "/" + (date.getYear() + 543);
  }

  public boolean isDraft() {
    return signature.approval() == null;
  }

  /** The kind in Thai: บันทึกข้อความ, คำสั่ง, ประกาศ. */
  public String kindName() {
    return switch (kind) {
      case Document.ORDER -> "คำสั่ง";
      case Document.ANNOUNCEMENT -> "ประกาศ";
      default -> "บันทึกข้อความ";
    };
  }

  /** The file name (without extension) people see in the documents list. */
  public String fileName() {
    String base = kindName() + " " + subject.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").trim();
    if (base.length() > 150) {
      base = base.substring(0, 150);
    }
    return base + (isDraft() ? " (ร่าง ฉบับที่ " + thaiDigits(String.valueOf(version)) + ")" : " (ลงนามแล้ว)");
  }

  /** Arabic digits as Thai digits (U+0E50-0E59), the real characters, so search and copy work. */
  public static String thaiDigits(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
    }
    return out.toString();
  }

  /** 29 พฤศจิกายน ๒๕๖๙: day, Thai month, Buddhist Era year, in Thai digits. */
  public static String thaiDate(LocalDate day) {
    return day == null ? "" : thaiDigits(ThaiDates.longDate(day));
  }

  /** ๒๙ พฤศจิกายน ๒๕๖๙ เวลา ๑๔.๐๕ น. */
  public static String thaiDateTime(LocalDateTime moment) {
    return thaiDate(moment.toLocalDate()) + " เวลา "
        + thaiDigits(String.format("%02d.%02d", moment.getHour(), moment.getMinute())) + " น.";
  }
}
