package th.go.obec.me.identity;

import java.util.ArrayList;
import java.util.Collection;
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

  /** Ids per user query: an IN list the databases all accept. */
  private static final int USER_IDS_PER_QUERY = 500;

  private final ObjectMapper json;

  private final IdentityService identityService;

  public People(@Lazy IdentityService identityService, ObjectMapper json) {
    this.json = json;
    this.identityService = identityService;
  }

  /** Members of a group, sorted by id (none for no group). */
  public List<User> members(String groupId) {
    if (groupId == null || groupId.isBlank()) {
      return List.of();
    }
    return Unrestricted.query(() -> identityService.createUserQuery().memberOfGroup(groupId)
        .orderByUserId().asc().list());
  }

  /** The ids of a group's members, e.g. as a multi-instance collection. */
  public List<String> memberIds(String groupId) {
    return members(groupId).stream().map(User::getId).toList();
  }

  /** Users by id, in few queries whatever their number (ids that are nobody are left out). */
  public List<User> users(Collection<String> userIds) {
    List<String> ids = userIds.stream().distinct().toList();
    List<User> users = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += USER_IDS_PER_QUERY) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + USER_IDS_PER_QUERY)).toArray(String[]::new);
      users.addAll(Unrestricted.query(() -> identityService.createUserQuery().userIdIn(chunk).list()));
    }
    return users;
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
    return fullName(user);
  }

  /** "ชื่อ นามสกุล" of a user, or the user's id when no name is recorded. */
  public static String displayName(User user) {
    String name = fullName(user);
    return name.isEmpty() ? user.getId() : name;
  }

  /** "ชื่อ นามสกุล", blank parts left out (empty when the user has no name). */
  private static String fullName(User user) {
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
          String name = fullName(user);
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
