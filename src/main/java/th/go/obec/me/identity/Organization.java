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
 * </pre>
 */
public record Organization(String office, List<Person> people) {

  public Organization {
    people = people == null ? List.of() : List.copyOf(people);
  }

  /** A member of staff; {@code name} is "first last" in Thai. */
  public record Person(String id, String name, String email, List<String> groups) {

    public Person {
      groups = groups == null ? List.of() : List.copyOf(groups);
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
