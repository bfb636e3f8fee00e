package th.go.obec.me.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.Resource;

import th.go.obec.me.config.YamlFiles;

/** Reads and checks an organization file (YAML): unknown roles and repeated ids are errors. */
public final class OrganizationFile {

  private OrganizationFile() {
  }

  public static Organization read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      Organization organization = YamlFiles.read(in, Organization.class);
      check(organization == null ? new Organization(null, List.of()) : organization, resource);
      return organization == null ? new Organization(null, List.of()) : organization;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the organization file " + resource.getDescription()
          + " (set ORGANIZATION_FILE): " + e.getMessage(), e);
    }
  }

  private static void check(Organization organization, Resource resource) {
    Set<String> ids = new HashSet<>();
    for (Organization.Person person : organization.people()) {
      if (person.id() == null || person.id().isBlank() || person.name() == null || person.name().isBlank()) {
        throw new IllegalStateException(resource.getDescription() + ": every person needs an id and a name");
      }
      if (!ids.add(person.id())) {
        throw new IllegalStateException(resource.getDescription() + ": person " + person.id() + " appears twice");
      }
      for (String group : person.groups()) {
        if (OfficeRole.byId(group).isEmpty()) {
          throw new IllegalStateException(resource.getDescription() + ": " + person.id()
              + " has unknown group '" + group + "'");
        }
      }
    }
  }
}
