package th.go.obec.me.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.PostgresProcessEngineTest;

/**
 * Our levers for Tasklist at scale change how authorization is checked, never what it decides:
 * the rewritten task query answers exactly what the engine's own query answers for every kind of
 * person, and a task whose per-task authorization row was left out (its group holds the same grant
 * on the whole process) is still hidden from, and cannot be worked by, a person of another group.
 * On PostgreSQL, where the rewrite matters (on H2 it runs in web/TaskFiltersTest).
 */
class TaskAuthorizationTuningTest extends PostgresProcessEngineTest {

  private static final String PROCESS = "tuning-check";

  private String deployment;
  private final List<String> grants = new ArrayList<>();

  @BeforeEach
  void deployProcessWithTasksForAnyRole() {
    deployment = processEngine.getRepositoryService().createDeployment()
        .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(30)
            .startEvent()
            .userTask("work").name("งานทดสอบ").camundaCandidateGroups("${role}").camundaDueDate("${due}")
            .endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void removeProcessAndGrants() {
    grants.forEach(processEngine.getAuthorizationService()::deleteAuthorization);
    processEngine.getRepositoryService().deleteDeployment(deployment, true);
    TaskQueryTuning.useOurStatements(configuration().getDbSqlSessionFactory(), true);
    TaskQueryTuning.usePersonQueries(true);
  }

  @Test
  void theRewrittenTaskQueryAnswersWhatTheEngineAnswers() {
    int round = 0;
    for (String role : List.of("planning", "finance", "monitoring", "monitoring", "director", "planning")) {
      start(role, ++round);
    }
    Task claimed = processEngine.getTaskService().createTaskQuery().taskCandidateGroup("finance").singleResult();
    processEngine.getTaskService().claim(claimed.getId(), "ratana.n");

    assertThat(configuration().getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"))
        .as("our statement is in use").isEqualTo(TaskQueryTuning.NAMESPACE + ".selectTaskCount");
    List<Function<TaskService, TaskQuery>> queries = List.of(
        tasks -> tasks.createTaskQuery().processDefinitionKey(PROCESS).orderByDueDate().asc(),
        tasks -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("planning", "monitoring", "finance"))
            .includeAssignedTasks().orderByTaskId().asc(),
        tasks -> tasks.createTaskQuery().or().taskAssignee("ratana.n").taskCandidateGroupIn(List.of("planning")).endOr()
            .orderByDueDate().desc());
    Map<String, List<String>> people = Map.of(
        "kanya.t", List.of("planning", "project-owners"),
        "ratana.n", List.of("finance"),
        "somchai.j", List.of("monitoring", "me-committee"),
        "wichai.s", List.of("director", "executives"),
        "nobody", List.of());
    for (Map.Entry<String, List<String>> person : people.entrySet()) {
      for (Function<TaskService, TaskQuery> query : queries) {
        TaskQueryTuning.useOurStatements(configuration().getDbSqlSessionFactory(), false);
        List<String> engines = ids(person.getKey(), person.getValue(), query);
        long enginesCount = count(person.getKey(), person.getValue(), query);
        TaskQueryTuning.useOurStatements(configuration().getDbSqlSessionFactory(), true);
        assertThat(ids(person.getKey(), person.getValue(), query)).as(person.getKey()).isEqualTo(engines);
        assertThat(count(person.getKey(), person.getValue(), query)).as(person.getKey()).isEqualTo(enginesCount);
      }
    }
    // and what both say: staff see their groups' and their own tasks, the director every task
    assertThat(ids("ratana.n", List.of("finance"), queries.get(0))).containsExactly(claimed.getId());
    assertThat(ids("somchai.j", List.of("monitoring", "me-committee"), queries.get(0))).hasSize(2);
    assertThat(ids("nobody", List.of(), queries.get(0))).isEmpty();
    assertThat(ids("wichai.s", List.of("director", "executives"), queries.get(0))).hasSize(6);
  }

  /**
   * Tasklist's own queries (the shared filters, "my groups or mine", with pages) answered from the
   * person's side (PersonTaskQuery) say exactly what the engine's statements say, for every kind of
   * person; and they are the shapes the person's-side statements take.
   */
  @Test
  void tasklistsQueriesFromThePersonsSideAnswerWhatTheEngineAnswers() {
    int round = 0;
    for (String role : List.of("planning", "finance", "monitoring", "me-committee", "director", "monitoring",
        "planning", "monitoring", "me-committee", "finance")) {
      round++;
      startDue(role, round, (round * 5 % 11) - 4);
    }
    TaskService taskService = processEngine.getTaskService();
    List<Task> monitoring = taskService.createTaskQuery().taskCandidateGroup("monitoring").orderByTaskId().asc().list();
    taskService.claim(monitoring.get(0).getId(), "somchai.j");
    taskService.claim(taskService.createTaskQuery().taskCandidateGroup("finance").list().get(0).getId(), "somchai.j");
    taskService.claim(taskService.createTaskQuery().taskCandidateGroup("planning").list().get(0).getId(), "kanya.t");
    Date now = new Date();
    Date inAWeek = new Date(now.getTime() + 7 * 86_400_000L);
    Map<String, Function<TaskService, TaskQuery>> queries = new java.util.LinkedHashMap<>();
    queries.put("group tasks", tasks -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("monitoring", "me-committee"))
        .taskUnassigned().orderByDueDate().asc());
    queries.put("my tasks", tasks -> tasks.createTaskQuery().taskAssignee("somchai.j").orderByDueDate().asc());
    queries.put("overdue", tasks -> tasks.createTaskQuery().or().taskAssignee("somchai.j")
        .taskCandidateGroupIn(List.of("monitoring", "me-committee")).endOr().dueBefore(now).orderByDueDate().asc());
    queries.put("due soon", tasks -> tasks.createTaskQuery().or().taskAssignee("somchai.j")
        .taskCandidateGroupIn(List.of("monitoring", "me-committee")).endOr().dueAfter(now).dueBefore(inAWeek)
        .orderByDueDate().asc());
    queries.put("groups or mine", tasks -> tasks.createTaskQuery().or().taskCandidateGroupIn(List.of("monitoring",
        "me-committee")).taskAssignee("somchai.j").endOr().orderByDueDate().asc());
    queries.put("groups, assigned too", tasks -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("monitoring",
        "finance")).includeAssignedTasks().orderByDueDate().desc());
    queries.put("or: groups only", tasks -> tasks.createTaskQuery().or().taskCandidateGroupIn(List.of("planning"))
        .endOr().orderByTaskCreateTime().asc());
    Map<String, List<String>> people = Map.of(
        "kanya.t", List.of("planning", "project-owners"),
        "somchai.j", List.of("monitoring", "me-committee"),
        "wichai.s", List.of("director", "executives"),
        "nobody", List.of());
    List<String> filters = processEngine.getFilterService().createTaskFilterQuery().list().stream()
        .map(org.camunda.bpm.engine.filter.Filter::getId).toList();
    assertThat(filters).as("Tasklist's shared filters").hasSizeGreaterThanOrEqualTo(4);
    for (Map.Entry<String, List<String>> person : people.entrySet()) {
      String user = person.getKey();
      List<String> groups = person.getValue();
      for (boolean ours : new boolean[] {false, true}) {
        for (Map.Entry<String, Function<TaskService, TaskQuery>> query : queries.entrySet()) {
          TaskQueryTuning.useOurStatements(configuration().getDbSqlSessionFactory(), false);
          List<String> engines = ids(user, groups, query.getValue());
          List<String> enginesPage = page(user, groups, query.getValue());
          long enginesCount = count(user, groups, query.getValue());
          TaskQueryTuning.useOurStatements(configuration().getDbSqlSessionFactory(), true);
          TaskQueryTuning.usePersonQueries(ours);
          String what = user + ", " + query.getKey() + (ours ? ", person's side" : ", all tasks");
          assertThat(ids(user, groups, query.getValue())).as(what).isEqualTo(engines);
          assertThat(page(user, groups, query.getValue())).as(what + ", page").isEqualTo(enginesPage);
          assertThat(count(user, groups, query.getValue())).as(what + ", count").isEqualTo(enginesCount);
        }
        for (String filter : user.equals("nobody") ? List.<String>of() : filters) {
          TaskQueryTuning.useOurStatements(configuration().getDbSqlSessionFactory(), false);
          List<String> engines = as(user, groups, () -> processEngine.getFilterService().<Task>list(filter).stream()
              .map(Task::getId).toList());
          long enginesCount = as(user, groups, () -> processEngine.getFilterService().count(filter));
          TaskQueryTuning.useOurStatements(configuration().getDbSqlSessionFactory(), true);
          TaskQueryTuning.usePersonQueries(ours);
          assertThat(as(user, groups, () -> processEngine.getFilterService().<Task>list(filter).stream()
              .map(Task::getId).toList())).as(user + ", filter " + filter).isEqualTo(engines);
          assertThat(as(user, groups, () -> processEngine.getFilterService().count(filter)))
              .as(user + ", filter count " + filter).isEqualTo(enginesCount);
        }
      }
    }
    TaskQueryTuning.usePersonQueries(true);
    // what they say: somchai.j's groups' open tasks, and the two claimed by him
    assertThat(ids("somchai.j", people.get("somchai.j"), queries.get("groups or mine"))).hasSize(6);
    assertThat(ids("somchai.j", people.get("somchai.j"), queries.get("my tasks"))).hasSize(2);
    assertThat(ids("nobody", List.of(), queries.get("groups or mine"))).isEmpty();

    // and each of these shapes is answered from the person's side
    for (Map.Entry<String, Function<TaskService, TaskQuery>> query : queries.entrySet()) {
      as("somchai.j", people.get("somchai.j"), () -> {
        org.camunda.bpm.engine.impl.TaskQueryImpl impl =
            (org.camunda.bpm.engine.impl.TaskQueryImpl) query.getValue().apply(processEngine.getTaskService());
        configuration().getCommandExecutorTxRequired().execute(context -> {
          context.getAuthorizationManager().configureTaskQuery(impl);
          return null;
        });
        assertThat(TaskQueryTuning.personsQuery(impl)).as(query.getKey()).isNotNull();
        return null;
      });
    }
    // so is each shared filter's query, its expressions (current user, groups, now) evaluated as the
    // filter service evaluates them
    for (String filter : filters) {
      as("somchai.j", people.get("somchai.j"), () -> {
        org.camunda.bpm.engine.impl.TaskQueryImpl impl = (org.camunda.bpm.engine.impl.TaskQueryImpl)
            processEngine.getFilterService().getFilter(filter).getQuery();
        Object shape = configuration().getCommandExecutorTxRequired().execute(context -> {
          context.getAuthorizationManager().configureTaskQuery(impl);
          try {
            for (String evaluation : List.of("evaluateExpressions", "ensureOrExpressionsEvaluated")) {
              java.lang.reflect.Method method = evaluation.equals("evaluateExpressions")
                  ? org.camunda.bpm.engine.impl.AbstractQuery.class.getDeclaredMethod(evaluation)
                  : org.camunda.bpm.engine.impl.TaskQueryImpl.class.getDeclaredMethod(evaluation);
              method.setAccessible(true);
              method.invoke(impl);
            }
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
          return TaskQueryTuning.personsQuery(impl);
        });
        assertThat(shape).as("filter " + processEngine.getFilterService().getFilter(filter).getName()).isNotNull();
        return null;
      });
    }
    // and one it does not take is left to the engine's text
    org.camunda.bpm.engine.impl.TaskQueryImpl other = (org.camunda.bpm.engine.impl.TaskQueryImpl)
        processEngine.getTaskService().createTaskQuery().taskCandidateGroupIn(List.of("monitoring")).taskName("x");
    assertThat(TaskQueryTuning.personsQuery(other)).isNull();
  }

  private List<String> page(String user, List<String> groups, Function<TaskService, TaskQuery> query) {
    return as(user, groups, () -> query.apply(processEngine.getTaskService()).listPage(1, 3).stream().map(Task::getId)
        .toList());
  }

  private String startDue(String role, int round, int daysFromNow) {
    String instance = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS, PROCESS + ":2570:" + round,
        Map.of(ProcessConstants.FISCAL_YEAR, 2570, "role", role,
            "due", new Date(System.currentTimeMillis() + daysFromNow * 86_400_000L + round * 60_000L))).getId();
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  @Test
  void tasklistsQueriesAreTheOnesOurStatementsRewrite() {
    IdentityService identity = processEngine.getIdentityService();
    identity.setAuthentication("somchai.j", List.of("monitoring", "me-committee"));
    try {
      org.camunda.bpm.engine.impl.TaskQueryImpl query = (org.camunda.bpm.engine.impl.TaskQueryImpl) processEngine
          .getTaskService().createTaskQuery().taskCandidateGroupIn(List.of("monitoring")).orderByDueDate().asc();
      configuration().getCommandExecutorTxRequired().execute(context -> {
        context.getAuthorizationManager().configureTaskQuery(query);
        return null;
      });
      org.camunda.bpm.engine.impl.db.AuthorizationCheck check = query.getAuthCheck();
      assertThat(TaskQueryTuning.rewritable(check))
          .as("rewritable: enabled %s, perform %s, user %s, revokes %s, checks %s", check.isAuthorizationCheckEnabled(),
              check.getShouldPerformAuthorizatioCheck(), check.getAuthUserId(), check.isRevokeAuthorizationCheckEnabled(),
              describe(check.getPermissionChecks()))
          .isTrue();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String describe(org.camunda.bpm.engine.impl.db.CompositePermissionCheck checks) {
    StringBuilder text = new StringBuilder("disjunctive=" + checks.isDisjunctive() + " composite="
        + (checks.getCompositeChecks() == null ? null : checks.getCompositeChecks().size()) + " atomic=");
    for (org.camunda.bpm.engine.impl.db.PermissionCheck atomic : checks.getAtomicChecks()) {
      text.append(atomic.getResourceType()).append(':').append(atomic.getResourceIdQueryParam()).append(':')
          .append(atomic.getPerms()).append(' ');
    }
    return text.toString();
  }

  @Test
  void aGroupGrantOnTheProcessReplacesThePerTaskRowsAndOtherGroupsStillCannotSeeOrWorkTheTask() {
    assertThat(configuration().getAuthorizationCheckRevokes()).isEqualTo("never");
    grant("planning", ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK);
    String planningTask = start("planning", 1);
    String financeTask = start("finance", 2);
    AuthorizationService authorizations = processEngine.getAuthorizationService();

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(planningTask).count())
        .as("no per-task row where the group's grant on the process says the same").isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(financeTask)
        .groupIdIn("finance").count()).as("the per-task row of a group without such a grant").isEqualTo(1);

    assertThat(ids("ratana.n", List.of("finance"), tasks -> tasks.createTaskQuery().processDefinitionKey(PROCESS)))
        .containsExactly(financeTask);
    assertThat(ids("somchai.j", List.of("monitoring", "me-committee"),
        tasks -> tasks.createTaskQuery().processDefinitionKey(PROCESS))).isEmpty();
    assertThatThrownBy(() -> as("ratana.n", List.of("finance"), () -> {
      processEngine.getTaskService().complete(planningTask);
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as("somchai.j", List.of("monitoring"), () -> {
      processEngine.getTaskService().claim(planningTask, "somchai.j");
      return null;
    })).isInstanceOf(AuthorizationException.class);

    assertThat(ids("kanya.t", List.of("planning", "project-owners"),
        tasks -> tasks.createTaskQuery().taskCandidateGroup("planning"))).containsExactly(planningTask);
    as("kanya.t", List.of("planning", "project-owners"), () -> {
      processEngine.getTaskService().claim(planningTask, "kanya.t");
      processEngine.getTaskService().complete(planningTask);
      return null;
    });
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(planningTask).count()).isZero();
  }

  @Test
  void withoutAGrantOnTheProcessEveryCandidateGroupKeepsItsPerTaskRow() {
    String task = start("planning", 1);
    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task).groupIdIn("planning").count()).isEqualTo(1);
  }

  /**
   * The groups holding any authorization, which every authorization check intersects with the
   * person's groups: our walk of the group index finds the same set as the engine's DISTINCT over
   * every row, with the per-task rows of several groups, a group grant of the process and user grants
   * (a null group) in the table, and the engine reads it through our statement.
   */
  @Test
  void theGroupsHoldingAnAuthorizationAreTheOnesTheEngineFinds() {
    int round = 0;
    for (String role : List.of("planning", "finance", "monitoring", "monitoring", "director")) {
      start(role, ++round);
    }
    grant("me-committee", ProcessDefinitionPermissions.READ);
    Authorization userGrant = processEngine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    userGrant.setUserId("kanya.t");
    userGrant.setResource(Resources.PROCESS_DEFINITION);
    userGrant.setResourceId(PROCESS);
    userGrant.addPermission(ProcessDefinitionPermissions.READ);
    grants.add(processEngine.getAuthorizationService().saveAuthorization(userGrant).getId());

    assertThat(configuration().getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds"))
        .as("our statement is in use").isEqualTo(TaskQueryTuning.NAMESPACE + ".selectAuthorizedGroupIdsPostgres");
    List<List<Object>> answers = configuration().getCommandExecutorTxRequired().execute(context -> List.of(
        context.getDbSqlSession().getSqlSession().selectList(
            "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.selectAuthorizedGroupIds"),
        context.getDbEntityManager().selectList("selectAuthorizedGroupIds")));
    java.util.Set<Object> engines = new java.util.HashSet<>(answers.get(0));
    assertThat(engines).contains("planning", "finance", "monitoring", "director", "me-committee", null);
    assertThat(answers.get(1)).doesNotHaveDuplicates();
    assertThat(new java.util.HashSet<>(answers.get(1))).isEqualTo(engines);
  }

  private String start(String role, int round) {
    String instance = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS, PROCESS + ":2570:" + round,
        Map.of(ProcessConstants.FISCAL_YEAR, 2570, "role", role,
            "due", new Date(System.currentTimeMillis() + round * 86_400_000L))).getId();
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private void grant(String group, org.camunda.bpm.engine.authorization.Permission... permissions) {
    Authorization grant = processEngine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(PROCESS);
    for (org.camunda.bpm.engine.authorization.Permission permission : permissions) {
      grant.addPermission(permission);
    }
    grants.add(processEngine.getAuthorizationService().saveAuthorization(grant).getId());
  }

  private List<String> ids(String user, List<String> groups, Function<TaskService, TaskQuery> query) {
    return as(user, groups, () -> query.apply(processEngine.getTaskService()).list().stream().map(Task::getId).toList());
  }

  private long count(String user, List<String> groups, Function<TaskService, TaskQuery> query) {
    return as(user, groups, () -> query.apply(processEngine.getTaskService()).count());
  }

  private <T> T as(String user, List<String> groups, java.util.function.Supplier<T> action) {
    IdentityService identity = processEngine.getIdentityService();
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }
}
