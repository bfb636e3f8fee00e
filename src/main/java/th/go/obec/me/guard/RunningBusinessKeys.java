package th.go.obec.me.guard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The business keys of running instances, in the table ME_RUNNING_KEY (created at start-up next
 * to the engine's tables) whose primary key is the business key: the start guard inserts the new
 * instance's key in the start's own transaction, so two starts with the same key at the same
 * moment cannot both commit (the database's unique index decides, on PostgreSQL and H2 alike: the
 * second insert waits for the first transaction and then fails). The row is removed when the
 * instance ends or is deleted (a built-in end listener, which runs even when custom listeners are
 * skipped), and a row whose instance is gone some other way is cleared before the next insert.
 */
@Component
public class RunningBusinessKeys implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(RunningBusinessKeys.class);

  static final String TABLE = "ME_RUNNING_KEY";

  private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
      + " BUSINESS_KEY_ VARCHAR(255) NOT NULL PRIMARY KEY,"
      + " PROC_INST_ID_ VARCHAR(64) NOT NULL)";

  private static final String CREATE_INDEX = "CREATE INDEX IF NOT EXISTS ME_IDX_RUNNING_KEY_PI ON " + TABLE
      + " (PROC_INST_ID_)";

  private static final String CLEAR_STALE = "DELETE FROM " + TABLE + " WHERE BUSINESS_KEY_ = ? AND NOT EXISTS"
      + " (SELECT 1 FROM ACT_RU_EXECUTION E WHERE E.ID_ = " + TABLE + ".PROC_INST_ID_)";

  public RunningBusinessKeys(DataSource dataSource, PlatformTransactionManager transactionManager) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    TransactionTemplate own = new TransactionTemplate(transactionManager);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    try {
      own.executeWithoutResult(status -> jdbc.execute(CREATE_TABLE));
      // an instance's end deletes its row by instance id: without this index every end read the whole table
      own.executeWithoutResult(status -> jdbc.execute(CREATE_INDEX));
    } catch (DataAccessException e) {
      // two nodes starting together: the other one created it
      LOG.debug("{} not created here ({}), checking it exists", TABLE, e.getMessage());
      own.executeWithoutResult(status -> jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE, Long.class));
    }
  }

  /**
   * Records the key of the instance being started, in the start's transaction; false when another
   * running instance (committed or still starting) holds it.
   */
  public boolean claim(String businessKey, String processInstanceId) {
    Connection connection = connection();
    try (PreparedStatement clear = connection.prepareStatement(CLEAR_STALE);
         PreparedStatement insert = connection.prepareStatement(
             "INSERT INTO " + TABLE + " (BUSINESS_KEY_, PROC_INST_ID_) VALUES (?, ?)")) {
      clear.setString(1, businessKey);
      clear.executeUpdate();
      insert.setString(1, businessKey);
      insert.setString(2, processInstanceId);
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      // 23505 unique violation (PostgreSQL, H2); HYT00/40001 H2 lock timeout or deadlock
      if ("23505".equals(e.getSQLState()) || "HYT00".equals(e.getSQLState()) || "40001".equals(e.getSQLState())) {
        return false;
      }
      throw new ProcessEngineException("Cannot record the business key " + businessKey, e);
    }
  }

  /** The instance ended or was deleted: its key is free again (same transaction). */
  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    try (PreparedStatement delete = connection().prepareStatement(
        "DELETE FROM " + TABLE + " WHERE PROC_INST_ID_ = ?")) {
      delete.setString(1, execution.getProcessInstanceId());
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot free the business key of " + execution.getProcessInstanceId(), e);
    }
  }

  /** The connection of the current engine command: the row commits or rolls back with it. */
  private static Connection connection() {
    return Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
  }
}
