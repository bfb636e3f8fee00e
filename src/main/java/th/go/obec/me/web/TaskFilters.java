package th.go.obec.me.web;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import th.go.obec.me.identity.OfficeRole;

/**
 * The Tasklist filters every person sees, in Thai, sorted by due date: my tasks, my groups' open
 * tasks, overdue, and due within seven days. They are one shared set whose queries name no one:
 * {@code ${currentUser()}} and {@code ${currentUserGroups()}} resolve to whoever opens them, and
 * the engine's authorization checks keep each list to the tasks that person may see. So a person
 * added later (in the organization file or in Admin) has them at once, with nothing to create.
 * Created at start-up when missing; every office role and the administrators may read them.
 */
@Component
public class TaskFilters extends AbstractProcessEnginePlugin {

  static final String MY_TASKS = "งานของฉัน";
  static final String GROUP_TASKS = "งานของกลุ่ม";
  static final String OVERDUE = "เกินกำหนด";
  static final String DUE_SOON = "ใกล้ครบกำหนด";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    TaskService tasks = engine.getTaskService();
    ensure(engine, MY_TASKS, 1, "งานที่ฉันรับไว้ เรียงตามวันครบกำหนด",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensure(engine, GROUP_TASKS, 2, "งานของกลุ่มที่ฉันสังกัดซึ่งยังไม่มีผู้รับ",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
            .orderByDueDate().asc());
    ensure(engine, OVERDUE, 3, "งานของฉันและของกลุ่มที่เลยวันครบกำหนดแล้ว",
        mine(tasks.createTaskQuery()).dueBeforeExpression("${now()}").orderByDueDate().asc());
    ensure(engine, DUE_SOON, 4, "งานของฉันและของกลุ่มที่จะครบกำหนดภายใน 7 วัน",
        mine(tasks.createTaskQuery()).dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(7).toDate()}").orderByDueDate().asc());
  }

  /**
   * My work: assigned to me, or offered to one of my groups and not yet claimed. (A supervisor may
   * read every task; their Tasklist still lists their own work, Cockpit the office's.)
   */
  private static TaskQuery mine(TaskQuery query) {
    return query.or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private static void ensure(ProcessEngine engine, String name, int priority, String description, TaskQuery query) {
    FilterService filters = engine.getFilterService();
    Filter filter = filters.createTaskFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", priority);
      properties.put("description", description);
      properties.put("refresh", true);
      filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
      filters.saveFilter(filter);
    }
    grantRead(engine.getAuthorizationService(), filter.getId());
  }

  private static void grantRead(AuthorizationService authorizations, String filterId) {
    List<String> groups = new ArrayList<>();
    for (OfficeRole role : OfficeRole.values()) {
      groups.add(role.id());
    }
    groups.add(OfficeRole.CAMUNDA_ADMIN);
    for (String group : groups) {
      boolean granted = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(group)
          .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
      if (!granted) {
        Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.FILTER);
        read.setResourceId(filterId);
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
      }
    }
  }
}
