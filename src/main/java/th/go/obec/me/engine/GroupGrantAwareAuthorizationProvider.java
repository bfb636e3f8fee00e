package th.go.obec.me.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's provider, except that it writes no per-task authorization row for a candidate group
 * whose grant on the task's process definition (its key or '*') already gives the group what that
 * row would: READ_TASK and the task permission ({@code TASK_WORK} here) on every task of the process.
 * The row would say the same thing again, once per task: one more row to write, and one more for
 * every Tasklist query to look through.
 *
 * <p>It only leaves rows out when nothing else could make them matter: revoke checks off
 * ({@code authorizationCheckRevokes: never}, so no task-level revoke could be needed against a
 * definition-level grant) and no historic-instance permissions (those would need the per-task
 * HISTORIC_TASK row). Groups without such a grant (in this office: every role, whose processes mix
 * roles) get their per-task row exactly as from the engine, so a person of another group still
 * cannot see or work the task.
 */
public class GroupGrantAwareAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    if (IdentityLinkType.CANDIDATE.equals(type) && coveredByDefinitionGrant(task, groupId)) {
      return null;
    }
    return super.newTaskGroupIdentityLink(task, groupId, type);
  }

  private boolean coveredByDefinitionGrant(Task task, String groupId) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    if (groupId == null || task.getProcessDefinitionId() == null
        || !ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER.equalsIgnoreCase(
            configuration.getAuthorizationCheckRevokes())
        || configuration.isEnableHistoricInstancePermissions()) {
      return false;
    }
    ProcessDefinitionEntity definition = configuration.getDeploymentCache()
        .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
    List<Permission> needed = definitionPermissionsFor(getRuntimePermissions(isEnforceSpecificVariablePermission()));
    if (needed == null) {
      return false;
    }
    AuthorizationQueryImpl query = new AuthorizationQueryImpl();
    query.authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(Resources.PROCESS_DEFINITION);
    // the rule holds whoever creates the task: read the grants without the current user's check
    List<Authorization> grants = Context.getCommandContext().runWithoutAuthorization(
        () -> Context.getCommandContext().getAuthorizationManager().selectAuthorizationByQueryCriteria(query));
    for (Authorization grant : grants) {
      boolean thisProcess = definition.getKey().equals(grant.getResourceId()) || Authorization.ANY.equals(grant.getResourceId());
      if (thisProcess && needed.stream().allMatch(grant::isPermissionGranted)) {
        return true;
      }
    }
    return false;
  }

  /** The process-definition permissions that say, for every task, what these task permissions say. */
  private static List<Permission> definitionPermissionsFor(Permission[] taskPermissions) {
    List<Permission> result = new ArrayList<>();
    for (Permission permission : taskPermissions) {
      switch (permission.getName()) {
        case "READ" -> result.add(ProcessDefinitionPermissions.READ_TASK);
        case "TASK_WORK" -> result.add(ProcessDefinitionPermissions.TASK_WORK);
        case "UPDATE" -> result.add(ProcessDefinitionPermissions.UPDATE_TASK);
        case "READ_VARIABLE" -> result.add(ProcessDefinitionPermissions.READ_TASK_VARIABLE);
        default -> {
          return null;
        }
      }
    }
    return result;
  }
}
