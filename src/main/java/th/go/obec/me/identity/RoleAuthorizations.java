package th.go.obec.me.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * What each role may do, granted to its group (never to single people, so that a change of staff is
 * a change of membership). Tasks themselves need no grant here: the engine gives the assignee and
 * the candidate groups of each task the right to work on it, and nobody else.
 *
 * <ul>
 *   <li>every role opens Tasklist and reads the process definitions (names and diagrams);</li>
 *   <li>the groups in {@code me.organization.starters} start the processes they run;</li>
 *   <li>the supervisors ({@code director}, {@code planning-head}) open Cockpit and read every
 *       process instance, task and history, and may hand any task to someone else or back to its
 *       group (staff may claim and complete, not release: a task claimed by mistake goes back
 *       through a supervisor).</li>
 * </ul>
 */
@Component
public class RoleAuthorizations {

  private final OrganizationProperties properties;

  public RoleAuthorizations(OrganizationProperties properties) {
    this.properties = properties;
  }

  void grant(AuthorizationService service) {
    for (OfficeRole role : OfficeRole.values()) {
      ensure(service, role.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      ensure(service, role.id(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    for (Map.Entry<String, List<String>> entry : properties.starters().entrySet()) {
      for (String group : entry.getValue()) {
        ensure(service, group, Resources.PROCESS_DEFINITION, entry.getKey(), Permissions.READ, Permissions.CREATE_INSTANCE);
        ensure(service, group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      }
    }
    for (String group : properties.supervisors()) {
      ensure(service, group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      ensure(service, group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
          Permissions.READ_HISTORY, Permissions.READ_TASK, Permissions.TASK_ASSIGN);
      ensure(service, group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      ensure(service, group, Resources.TASK, ANY, Permissions.READ);
      ensure(service, group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
      ensure(service, group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
      ensure(service, group, Resources.DEPLOYMENT, ANY, Permissions.READ);
      ensure(service, group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
      ensure(service, group, Resources.USER, ANY, Permissions.READ);
      ensure(service, group, Resources.GROUP, ANY, Permissions.READ);
    }
  }

  /** Adds the permissions to the group's grant on the resource, creating the grant if needed. */
  private static void ensure(AuthorizationService service, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization grant = service.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    boolean isNew = grant == null;
    if (isNew) {
      grant = service.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    boolean missing = isNew;
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      service.saveAuthorization(grant);
    }
  }
}
