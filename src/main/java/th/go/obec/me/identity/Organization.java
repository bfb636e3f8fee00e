package th.go.obec.me.identity;

import java.util.List;

/**
 * The office as its organization file describes it: who works here and in which roles.
 *
 * <pre>
 * office: สำนักงานเขตพื้นที่การศึกษาประถมศึกษา...
 * people:
 *   - id: somchai.j
 *     name: สมชาย ใจดี
 *     email: somchai.j@example.go.th
 *     groups: [monitoring, me-committee]
 *     position: นักวิเคราะห์นโยบายและแผน      # optional: printed under a signature
 * # the letterhead of the office's memos, orders and announcements (th.go.obec.me.documents):
 * unit: กลุ่มนโยบายและแผน
 * letterCode: ศธ ๐๔๐๔๓
 * telephone: "๐ ๒๑๒๓ ๔๕๖๗"
 * signer: {name: นายวิชัย ศรีสุข, position: ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา...}
 * </pre>
 */
public record Organization(String office, List<Person> people, String unit, String letterCode, String telephone,
    Signer signer) {

  public Organization {
    people = people == null ? List.of() : List.copyOf(people);
  }

  public Organization(String office, List<Person> people) {
    this(office, people, null, null, null, null);
  }

  /** Who signs the office's documents by default (the director): name and position as printed. */
  public record Signer(String name, String position) {
  }

  /** A member of staff; {@code name} is "first last" in Thai. */
  public record Person(String id, String name, String email, List<String> groups, String position) {

    public Person {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public Person(String id, String name, String email, List<String> groups) {
      this(id, name, email, groups, null);
    }

    public String firstName() {
      int space = name.indexOf(' ');
      return space < 0 ? name : name.substring(0, space);
    }

    public String lastName() {
      int space = name.indexOf(' ');
      return space < 0 ? "" : name.substring(space + 1).trim();
    }
  }
}
