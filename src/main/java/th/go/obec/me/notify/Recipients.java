package th.go.obec.me.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.engine.Unrestricted;

/**
 * Who a message about a task goes to, looked up when it is sent (so a claim made after the
 * reminder was scheduled counts): the assignee, or, while nobody has claimed the task, its
 * candidate users and the members of its candidate groups. Runs inside engine commands (jobs),
 * without the caller's authorizations.
 */
@Component
public class Recipients {

  private final NotifyProperties properties;

  public Recipients(NotifyProperties properties) {
    this.properties = properties;
  }

  /** The assignee, or the candidates while the task is unclaimed. */
  public List<Person> ofTask(Task task) {
    if (task.getAssignee() != null) {
      Person assignee = person(task.getAssignee());
      return assignee == null ? List.of() : List.of(assignee);
    }
    Map<String, Person> people = new LinkedHashMap<>();
    for (IdentityLink link : candidates(task.getId())) {
      if (link.getUserId() != null) {
        Person person = person(link.getUserId());
        if (person != null) {
          people.putIfAbsent(person.id(), person);
        }
      } else if (link.getGroupId() != null) {
        members(link.getGroupId()).forEach(person -> people.putIfAbsent(person.id(), person));
      }
    }
    return new ArrayList<>(people.values());
  }

  public List<Person> members(String groupId) {
    if (groupId == null || groupId.isBlank()) {
      return List.of();
    }
    return Unrestricted.query(() -> identity().createUserQuery().memberOfGroup(groupId).orderByUserId().asc()
        .list().stream().map(Recipients::toPerson).toList());
  }

  public Person person(String userId) {
    User user = Unrestricted.query(() -> identity().createUserQuery().userId(userId).singleResult());
    return user == null ? null : toPerson(user);
  }

  /** Who holds the task, for the message: "ชื่อ นามสกุล" or "ยังไม่มีผู้รับงาน (กลุ่ม ...)". */
  public String holder(Task task) {
    if (task.getAssignee() != null) {
      Person assignee = person(task.getAssignee());
      return assignee == null ? task.getAssignee() : assignee.name();
    }
    List<String> names = new ArrayList<>();
    for (IdentityLink link : candidates(task.getId())) {
      if (link.getGroupId() != null) {
        names.add(groupName(link.getGroupId()));
      } else if (link.getUserId() != null) {
        Person person = person(link.getUserId());
        names.add(person == null ? link.getUserId() : person.name());
      }
    }
    return "ยังไม่มีผู้รับงาน" + (names.isEmpty() ? "" : " (ผู้มีสิทธิ์รับงาน: " + String.join(", ", names) + ")");
  }

  public String groupName(String groupId) {
    return OfficeRole.byId(groupId).map(OfficeRole::thaiName).orElseGet(() -> {
      Group group = Unrestricted.query(() -> identity().createGroupQuery().groupId(groupId).singleResult());
      return group == null || group.getName() == null ? groupId : group.getName();
    });
  }

  /** The summary a message shows of a task. */
  public TaskSummary summary(Task task) {
    return new TaskSummary(task.getId(), task.getName(), processName(task), task.getDueDate(), holder(task),
        properties.taskLink(task.getId()));
  }

  private static String processName(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return "-";
    }
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
    return definition.getName() != null ? definition.getName() : definition.getKey();
  }

  private List<IdentityLink> candidates(String taskId) {
    return Unrestricted.query(() -> Context.getProcessEngineConfiguration().getTaskService()
        .getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .toList());
  }

  private static Person toPerson(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return new Person(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail());
  }

  private static IdentityService identity() {
    return Context.getProcessEngineConfiguration().getIdentityService();
  }

}
