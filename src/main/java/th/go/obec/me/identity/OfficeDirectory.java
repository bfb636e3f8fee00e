package th.go.obec.me.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the roles and the people of the organization file when the engine starts, looking
 * before it creates: a restart changes nothing, a new person or role membership is added, and a
 * changed name or e-mail is updated. Nobody is deleted here (that is the administrator's call).
 */
@Component
public class OfficeDirectory extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(OfficeDirectory.class);

  private final OrganizationProperties properties;
  private final RoleAuthorizations authorizations;

  public OfficeDirectory(OrganizationProperties properties, RoleAuthorizations authorizations) {
    this.properties = properties;
    this.authorizations = authorizations;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (OfficeRole role : OfficeRole.values()) {
      createGroup(identity, role);
    }
    Organization organization = properties.file() == null
        ? new Organization(null, java.util.List.of()) : OrganizationFile.read(properties.file());
    for (Organization.Person person : organization.people()) {
      savePerson(identity, person);
    }
    authorizations.grant(engine.getAuthorizationService());
    LOG.info("Office directory ready: {} roles, {} people from {}", OfficeRole.values().length,
        organization.people().size(), properties.file() == null ? "no file" : properties.file().getDescription());
  }

  private static void createGroup(IdentityService identity, OfficeRole role) {
    Group group = identity.createGroupQuery().groupId(role.id()).singleResult();
    if (group == null) {
      group = identity.newGroup(role.id());
    } else if (role.thaiName().equals(group.getName()) && OfficeRole.GROUP_TYPE.equals(group.getType())) {
      return;
    }
    group.setName(role.thaiName());
    group.setType(OfficeRole.GROUP_TYPE);
    identity.saveGroup(group);
  }

  private void savePerson(IdentityService identity, Organization.Person person) {
    User user = identity.createUserQuery().userId(person.id()).singleResult();
    boolean created = user == null;
    if (created) {
      user = identity.newUser(person.id());
      String password = properties.initialPassword();
      if (password != null && !password.isBlank()) {
        user.setPassword(password);
      }
    }
    if (created || changed(user, person)) {
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(person.email());
      identity.saveUser(user);
    }
    for (String group : person.groups()) {
      if (identity.createUserQuery().userId(person.id()).memberOfGroup(group).count() == 0) {
        identity.createMembership(person.id(), group);
      }
    }
  }

  private static boolean changed(User user, Organization.Person person) {
    return !person.firstName().equals(user.getFirstName())
        || !person.lastName().equals(nullToEmpty(user.getLastName()))
        || !nullToEmpty(person.email()).equals(nullToEmpty(user.getEmail()));
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
