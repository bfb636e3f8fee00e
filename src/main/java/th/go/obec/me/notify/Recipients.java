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
import th.go.obec.me.identity.People;
import th.go.obec.me.engine.Unrestricted;

/**
 * Who a message about a task goes to, looked up when it is sent (so a claim made after the
 * reminder was scheduled counts): the assignee, or, while nobody has claimed the task, its
 * candidate users and the members of its candidate groups. Runs inside engine commands (jobs),
 * without the caller's authorizations.
 */
@Component
public class Recipients {

  private final TasklistLinks tasklistLinks;
  private final People people;

  public Recipients(TasklistLinks tasklistLinks, People people) {
    this.tasklistLinks = tasklistLinks;
    this.people = people;
  }

  /** The people a message about a task goes to, and what the message shows of the task. */
  public record TaskPeople(List<Person> recipients, TaskSummary summary) {
  }

  /** The assignee, or the candidates while the task is unclaimed. */
  public List<Person> ofTask(Task task) {
    return ofTaskWithSummary(task).recipients();
  }

  /**
   * Recipients and summary of a task in a few queries, whatever the number of candidates: the
   * task's identity links once, the candidate users and the assignee in one user query, and one
   * member query per candidate group.
   */
  public TaskPeople ofTaskWithSummary(Task task) {
    List<IdentityLink> links = task.getAssignee() != null ? List.of() : candidates(task.getId());
    List<String> userIds = new ArrayList<>();
    if (task.getAssignee() != null) {
      userIds.add(task.getAssignee());
    }
    links.stream().map(IdentityLink::getUserId).filter(java.util.Objects::nonNull).forEach(userIds::add);
    Map<String, Person> users = people(userIds);
    Map<String, Person> recipients = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    String holder;
    if (task.getAssignee() != null) {
      Person assignee = users.get(task.getAssignee());
      if (assignee != null) {
        recipients.put(assignee.id(), assignee);
      }
      holder = assignee == null ? task.getAssignee() : assignee.name();
    } else {
      for (IdentityLink link : links) {
        if (link.getUserId() != null) {
          Person person = users.get(link.getUserId());
          if (person != null) {
            recipients.putIfAbsent(person.id(), person);
          }
          names.add(person == null ? link.getUserId() : person.name());
        } else if (link.getGroupId() != null) {
          members(link.getGroupId()).forEach(person -> recipients.putIfAbsent(person.id(), person));
          names.add(groupName(link.getGroupId()));
        }
      }
      holder = unclaimed(names);
    }
    TaskSummary summary = new TaskSummary(task.getId(), task.getName(), processName(task), task.getDueDate(),
        holder, tasklistLinks.task(task.getId()));
    return new TaskPeople(new ArrayList<>(recipients.values()), summary);
  }

  /** People by id, in one query (ids that are nobody are left out). */
  public Map<String, Person> people(java.util.Collection<String> userIds) {
    Map<String, Person> found = new LinkedHashMap<>();
    people.users(userIds).forEach(user -> found.put(user.getId(), toPerson(user)));
    return found;
  }

  static String unclaimed(List<String> candidateNames) {
    return "ยังไม่มีผู้รับงาน" + (candidateNames.isEmpty() ? ""
        : " (ผู้มีสิทธิ์รับงาน: " + String.join(", ", candidateNames) + ")");
  }

  public List<Person> members(String groupId) {
    return people.members(groupId).stream().map(Recipients::toPerson).toList();
  }

  public Person person(String userId) {
    User user = people.user(userId);
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
    return unclaimed(names);
  }

  public String groupName(String groupId) {
    return OfficeRole.byId(groupId).map(OfficeRole::thaiName).orElseGet(() -> {
      Group group = Unrestricted.query(() -> identity().createGroupQuery().groupId(groupId).singleResult());
      return group == null || group.getName() == null ? groupId : group.getName();
    });
  }

  /** The summary a message shows of a task. */
  public TaskSummary summary(Task task) {
    return ofTaskWithSummary(task).summary();
  }

  static String processName(Task task) {
    return processName(task.getProcessDefinitionId());
  }

  static String processName(String processDefinitionId) {
    if (processDefinitionId == null) {
      return "-";
    }
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId);
    return definition.getName() != null ? definition.getName() : definition.getKey();
  }

  private List<IdentityLink> candidates(String taskId) {
    return Unrestricted.query(() -> Context.getProcessEngineConfiguration().getTaskService()
        .getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .toList());
  }

  static Person toPerson(User user) {
    return new Person(user.getId(), People.displayName(user), user.getEmail());
  }

  private static IdentityService identity() {
    return Context.getProcessEngineConfiguration().getIdentityService();
  }

}
