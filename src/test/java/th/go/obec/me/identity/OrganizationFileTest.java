package th.go.obec.me.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class OrganizationFileTest {

  private static ByteArrayResource yaml(String text) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test organization");
  }

  @Test
  void readsPeopleWithThaiNamesAndRoles() {
    Organization organization = OrganizationFile.read(yaml("""
        office: สพป. ทดสอบ
        people:
          - id: somchai.j
            name: สมชาย ใจดี
            email: somchai.j@example.go.th
            groups: [monitoring, me-committee]
        """));
    assertThat(organization.people()).singleElement().satisfies(person -> {
      assertThat(person.firstName()).isEqualTo("สมชาย");
      assertThat(person.lastName()).isEqualTo("ใจดี");
      assertThat(person.groups()).containsExactly("monitoring", "me-committee");
    });
  }

  @Test
  void refusesUnknownRolesAndRepeatedPeople() {
    assertThatThrownBy(() -> OrganizationFile.read(yaml("""
        people:
          - {id: a.b, name: ก ข, groups: [monitoring-team]}
        """))).hasMessageContaining("unknown group 'monitoring-team'");
    assertThatThrownBy(() -> OrganizationFile.read(yaml("""
        people:
          - {id: a.b, name: ก ข}
          - {id: a.b, name: ค ง}
        """))).hasMessageContaining("a.b appears twice");
  }

  @Test
  void shippedFilesAreValid() {
    assertThat(OrganizationFile.read(new ClassPathResource("organization.yaml")).people()).isEmpty();
    assertThat(OrganizationFile.read(new ClassPathResource("organization-demo.yaml")).people()).hasSizeGreaterThan(9);
  }
}
