package th.go.obec.me.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the task query (Tasklist's lists and counts, {@code GET /task}) check authorization with
 * SQL the planner can run as hashed lookups, instead of the engine's join of every candidate task
 * with every authorization row of the user on {@code resource = task id OR process key OR '*'}: that
 * OR condition cannot be hashed, so PostgreSQL compares every pair (a count of 20,000 open tasks took
 * 14 s). Our statements ({@code task-query.xml}) reuse the engine's own query text for every filter
 * and ordering and replace only the authorization part: a task is visible when the user or one of
 * their groups holds READ on the task (its id or '*'), or READ_TASK on its process definition (its key
 * or '*'), as in the engine. Only the grants-only check is rewritten; with revoke checks on, or any
 * other shape of permission check, the engine's statement runs unchanged.
 *
 * <p>The engine looks statements up by name through its statement mappings (meant for
 * database-specific variants); ours are added to this engine's mappings only.
 */
@Component
public class TaskQueryTuning extends AbstractProcessEnginePlugin {

  static final String NAMESPACE = "th.go.obec.me.engine.TaskQueries";
  static final String AUTHORIZED_GROUP_IDS = "selectAuthorizedGroupIds";
  private static final String MAPPER = "th/go/obec/me/engine/task-query.xml";
  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryTuning.class);

  /** Stands in for the engine's check inside the engine's query text: "no check here". */
  private static final AuthorizationCheck NO_CHECK_HERE = new AuthorizationCheck();

  private final QueryTuningProperties properties;
  private static volatile boolean personQueries = true;

  public TaskQueryTuning(QueryTuningProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (properties.skipCoveredTaskGrants() && configuration.getResourceAuthorizationProvider() == null) {
      configuration.setResourceAuthorizationProvider(new GroupGrantAwareAuthorizationProvider());
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(NAMESPACE + ".selectTasks", false)) {
      try (InputStream mapper = TaskQueryTuning.class.getClassLoader().getResourceAsStream(MAPPER)) {
        new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    useOurStatements(configuration.getDbSqlSessionFactory(), properties.taskAuthorizationRewrite());
    usePersonQueries(properties.personQueries());
  }

  /** Routes the engine's task queries to our statements, or back to its own ones. */
  public static void useOurStatements(DbSqlSessionFactory factory, boolean ours) {
    Map<String, String> mappings = factory.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(factory.getStatementMappings());
    if (ours) {
      mappings.put("selectTaskByQueryCriteria", NAMESPACE + ".selectTasks");
      mappings.put("selectTaskCountByQueryCriteria", NAMESPACE + ".selectTaskCount");
      // the groups holding any authorization: the engine reads every authorization row for them at
      // each command that checks authorization (one row per open task); ours jumps through the
      // group index (task-query.xml), PostgreSQL only, other databases keep the engine's statement
      if ("postgres".equals(factory.getDatabaseType())) {
        mappings.put(AUTHORIZED_GROUP_IDS, NAMESPACE + ".selectAuthorizedGroupIdsPostgres");
      }
    } else {
      mappings.remove("selectTaskByQueryCriteria");
      mappings.remove("selectTaskCountByQueryCriteria");
      mappings.remove(AUTHORIZED_GROUP_IDS);
    }
    factory.setStatementMappings(mappings);
    LOG.info("Task queries check authorization with {}", ours ? "hashed lookups (me.query-tuning)" : "the engine's join");
  }

  /**
   * Whether our SQL says exactly what the engine's would: a grants-only check (no revokes) of READ on
   * the task or READ_TASK on its process definition, either one enough.
   */
  public static boolean rewritable(AuthorizationCheck check) {
    if (check == null || !check.getShouldPerformAuthorizatioCheck()
        || check.getAuthUserId() == null || check.isRevokeAuthorizationCheckEnabled()) {
      return false;
    }
    CompositePermissionCheck permissions = check.getPermissionChecks();
    if (permissions == null || !permissions.isDisjunctive()
        || (permissions.getCompositeChecks() != null && !permissions.getCompositeChecks().isEmpty())) {
      return false;
    }
    List<PermissionCheck> atomic = permissions.getAtomicChecks();
    if (atomic == null || atomic.isEmpty()) {
      return false;
    }
    for (PermissionCheck permission : atomic) {
      boolean task = permission.getResourceType() == Resources.TASK.resourceType()
          && "RES.ID_".equals(permission.getResourceIdQueryParam());
      boolean definition = permission.getResourceType() == Resources.PROCESS_DEFINITION.resourceType()
          && "D.KEY_".equals(permission.getResourceIdQueryParam());
      if ((!task && !definition) || Integer.bitCount(permission.getPerms()) != 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The query's shape when it is one of a person's Tasklist queries our statements answer from the
   * person's side ({@link PersonTaskQuery}), null otherwise (the engine's query text answers).
   */
  public static PersonTaskQuery personsQuery(Object query) {
    return personQueries && query instanceof TaskQueryImpl task ? PersonTaskQuery.of(task) : null;
  }

  /** Switches the person's-side statements on or off (the benchmark measures both). */
  public static void usePersonQueries(boolean on) {
    personQueries = on;
    LOG.info("Tasklist's queries of a person start from {}", on ? "the person's side (me.query-tuning)" : "all open tasks");
  }

  /** What the engine's query text sees in place of the check, when ours does the checking. */
  public static AuthorizationCheck noCheckHere() {
    return NO_CHECK_HERE;
  }
}
