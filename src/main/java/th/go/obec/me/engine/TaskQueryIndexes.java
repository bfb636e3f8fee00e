package th.go.obec.me.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Our schema step: indexes the engine's schema lacks for Tasklist's queries, created at start-up
 * when missing (idempotent: {@code if not exists}, on PostgreSQL and H2). Each one is there because
 * {@code EXPLAIN ANALYZE} showed a scan without it (README "Speed at scale").
 */
@Component
public class TaskQueryIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryIndexes.class);

  /** Name and definition of each index. */
  static final List<String[]> INDEXES = List.of(
      // Tasklist lists by due date: the first page walks the index and stops after 15 visible tasks
      new String[] {"ME_IDX_TASK_DUE", "ACT_RU_TASK (DUE_DATE_, ID_)"},
      // "my tasks" by due date: the person's tasks in Tasklist's order, read from the index alone
      new String[] {"ME_IDX_TASK_ASSIGNEE_DUE", "ACT_RU_TASK (ASSIGNEE_, DUE_DATE_, ID_)"},
      // a count of a person's groups' tasks reads the task ids of their links from this index alone
      new String[] {"ME_IDX_IDLINK_GROUP_TASK", "ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)"},
      // the grants of the person's groups and of the person on one resource type, from the index alone
      new String[] {"ME_IDX_AUTH_GROUP_GRANTS", "ACT_RU_AUTHORIZATION (RESOURCE_TYPE_, GROUP_ID_, RESOURCE_ID_, PERMS_, TYPE_)"},
      new String[] {"ME_IDX_AUTH_USER_GRANTS", "ACT_RU_AUTHORIZATION (RESOURCE_TYPE_, USER_ID_, RESOURCE_ID_, PERMS_, TYPE_)"});

  private final QueryTuningProperties properties;

  public TaskQueryIndexes(QueryTuningProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String type = configuration.getDatabaseType();
    if (!properties.indexes()) {
      return;
    }
    if (!"postgres".equals(type) && !"h2".equals(type)) {
      LOG.warn("No Tasklist indexes created: database type {} is neither postgres nor h2", type);
      return;
    }
    create(configuration.getDataSource());
  }

  public static void create(DataSource dataSource) {
    execute(dataSource, "create index if not exists %s on %s");
  }

  /** For the benchmark, to measure what the indexes change. */
  public static void drop(DataSource dataSource) {
    execute(dataSource, "drop index if exists %s");
  }

  private static void execute(DataSource dataSource, String template) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      for (String[] index : INDEXES) {
        statement.execute(String.format(template, index[0], index[1]));
      }
      connection.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create or drop the Tasklist indexes", e);
    }
  }
}
