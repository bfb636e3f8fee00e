package th.go.obec.me.documents;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may do what with documents, decided by the engine's own authorizations for the caller
 * (the authentication the API filter set): the engine's attachment commands check nothing
 * themselves, so every document request passes here first.
 */
@Component
public class DocumentAccess {

  private final ProcessEngine engine;

  public DocumentAccess(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The caller, or 401 when nobody is authenticated. */
  public Authentication caller() {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      throw new DocumentRefusedException(HttpStatus.UNAUTHORIZED, "กรุณาเข้าสู่ระบบ / authentication required");
    }
    return current;
  }

  /**
   * The open task the caller may work on (claim, complete): 404 when there is none, 409 when it is
   * already completed, 403 when it belongs to someone else.
   */
  public Task workableTask(String taskId) {
    Authentication caller = caller();
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      boolean open = asEngine(() -> engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0);
      if (open) {
        throw forbidden();
      }
      boolean done = asEngine(() -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
          .finished().count() > 0);
      if (done) {
        throw new DocumentRefusedException(HttpStatus.CONFLICT,
            "ขั้นตอนนี้เสร็จสิ้นแล้ว แนบหรือลบเอกสารไม่ได้ / the task is already completed");
      }
      throw new DocumentRefusedException(HttpStatus.NOT_FOUND, "ไม่พบงานนี้ / no such task");
    }
    if (task.getProcessInstanceId() == null) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST,
          "งานนี้ไม่อยู่ในกระบวนงาน แนบเอกสารไม่ได้ / the task belongs to no process instance");
    }
    String definitionKey = asEngine(() -> {
      ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
      return definition.getKey();
    });
    boolean mayWork = isAdmin(caller)
        || granted(caller, TaskPermissions.TASK_WORK, Resources.TASK, taskId)
        || granted(caller, Permissions.UPDATE, Resources.TASK, taskId)
        || granted(caller, ProcessDefinitionPermissions.TASK_WORK, Resources.PROCESS_DEFINITION, definitionKey)
        || granted(caller, ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION, definitionKey);
    if (!mayWork) {
      throw forbidden();
    }
    return task;
  }

  /**
   * Refuses unless the caller may see the process instance: the engine shows it to them (runtime
   * or history), or one of its open tasks is theirs to see (the next step's people).
   */
  public void checkMaySee(String processInstanceId) {
    Authentication caller = caller();
    if (isAdmin(caller)
        || engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
        || engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
        || engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).count() > 0) {
      return;
    }
    boolean exists = asEngine(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() > 0);
    throw exists ? forbidden()
        : new DocumentRefusedException(HttpStatus.NOT_FOUND, "ไม่พบกระบวนงานนี้ / no such process instance");
  }

  private boolean granted(Authentication caller, Permission permission, Resource resource, String resourceId) {
    return engine.getAuthorizationService().isUserAuthorized(caller.getUserId(), caller.getGroupIds(), permission,
        resource, resourceId);
  }

  private boolean isAdmin(Authentication caller) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<String> adminGroups = configuration.getAdminGroups();
    List<String> adminUsers = configuration.getAdminUsers();
    return (adminUsers != null && adminUsers.contains(caller.getUserId()))
        || (adminGroups != null && caller.getGroupIds() != null
            && caller.getGroupIds().stream().anyMatch(adminGroups::contains));
  }

  private static DocumentRefusedException forbidden() {
    return new DocumentRefusedException(HttpStatus.FORBIDDEN,
        "ไม่มีสิทธิ์เข้าถึงเอกสารของงานนี้ / not authorized for this task or process");
  }

  /**
   * Runs a lookup without the caller's authorizations: only to tell apart "not yours", "already
   * completed" and "does not exist", and to name steps, never to hand out content.
   */
  <T> T asEngine(Supplier<T> lookup) {
    var identity = engine.getIdentityService();
    Authentication saved = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (saved != null) {
        identity.setAuthentication(saved);
      }
    }
  }
}
