package th.go.obec.me.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import th.go.obec.me.engine.Unrestricted;

/**
 * The members of a role, for BPMN expressions and forms: a select of people in a Camunda Form
 * reads its options from a JSON variable set with
 * {@code ${execution.setVariable('ownerOptions', people.options('indicator-owners'))}}.
 *
 * <p>Lookups ignore the current user's authorizations: a staff member choosing indicator owners
 * may not be allowed to browse users, but must see who can be chosen.
 */
@Component("people")
public class People {

  private final ObjectMapper json;

  private final IdentityService identityService;

  public People(@Lazy IdentityService identityService, ObjectMapper json) {
    this.json = json;
    this.identityService = identityService;
  }

  /** Members of a group, sorted by id. */
  public List<User> members(String groupId) {
    return Unrestricted.query(() -> identityService.createUserQuery().memberOfGroup(groupId)
        .orderByUserId().asc().list());
  }

  /** The ids of a group's members, e.g. as a multi-instance collection. */
  public List<String> memberIds(String groupId) {
    return members(groupId).stream().map(User::getId).toList();
  }

  public User user(String userId) {
    return Unrestricted.query(() -> identityService.createUserQuery().userId(userId).singleResult());
  }

  /** Display name "ชื่อ นามสกุล", or the id when the person is unknown. */
  public String nameOf(String userId) {
    User user = userId == null ? null : user(userId);
    if (user == null) {
      return userId;
    }
    return (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
  }

  /**
   * Select options [{label: "ชื่อ นามสกุล (id)", value: id, group: groupIds}] of the members of a group, or of
   * several groups given as "monitoring,planning" (each person once), as JSON.
   */
  public JsonValue options(String groupIds) {
    ArrayNode options = json.createArrayNode();
    Set<String> seen = new HashSet<>();
    for (String groupId : groupIds.split(",")) {
      for (User user : members(groupId.trim())) {
        if (seen.add(user.getId())) {
          String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
          options.addObject().put("label", name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")")
              .put("value", user.getId())
              // the groups offered: the server checks a chosen person still belongs to one (guard)
              .put("group", groupIds);
        }
      }
    }
    return SpinValues.jsonValue(options.toString()).create();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
