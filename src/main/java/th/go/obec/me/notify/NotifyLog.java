package th.go.obec.me.notify;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What was sent to whom, in the table ME_NOTIFY_LOG (created at startup next to the engine's
 * tables): one row per message, channel and recipient. A row is written in its own transaction
 * right after each send, so that a retried or re-run job (another node, a restart, a rollback of
 * the job's transaction) sends only what is not yet marked SENT. FAILED rows (with the error) and
 * NO_ADDRESS rows (a person without an e-mail address) are what an administrator looks at.
 */
@Component
public class NotifyLog {

  public static final String SENT = "SENT";
  public static final String FAILED = "FAILED";
  public static final String NO_ADDRESS = "NO_ADDRESS";

  private static final Logger LOG = LoggerFactory.getLogger(NotifyLog.class);

  private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS ME_NOTIFY_LOG ("
      + " MESSAGE_KEY_ VARCHAR(255) NOT NULL,"
      + " CHANNEL_ VARCHAR(16) NOT NULL,"
      + " RECIPIENT_ VARCHAR(255) NOT NULL,"
      + " ADDRESS_ VARCHAR(255),"
      + " STATUS_ VARCHAR(16) NOT NULL,"
      + " ATTEMPTS_ INTEGER NOT NULL,"
      + " SUBJECT_ VARCHAR(500),"
      + " DETAIL_ VARCHAR(2000),"
      + " UPDATED_ TIMESTAMP NOT NULL,"
      + " PRIMARY KEY (MESSAGE_KEY_, CHANNEL_, RECIPIENT_))";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public NotifyLog(DataSource dataSource, PlatformTransactionManager transactionManager) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    createTable();
  }

  /** One row of the log. */
  public record Entry(String messageKey, String channel, String recipient, String address, String status,
      int attempts, String subject, String detail, Date updated) {
  }

  private void createTable() {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.execute(CREATE_TABLE));
    } catch (DataAccessException e) {
      // two nodes starting together: the other one created it
      LOG.debug("ME_NOTIFY_LOG not created here ({}), checking it exists", e.getMessage());
      ownTransaction.executeWithoutResult(status -> jdbc.queryForObject("SELECT COUNT(*) FROM ME_NOTIFY_LOG", Long.class));
    }
  }

  public boolean isSent(String messageKey, String channel, String recipient) {
    Long sent = ownTransaction.execute(status -> jdbc.queryForObject(
        "SELECT COUNT(*) FROM ME_NOTIFY_LOG WHERE MESSAGE_KEY_ = ? AND CHANNEL_ = ? AND RECIPIENT_ = ? AND STATUS_ = ?",
        Long.class, messageKey, channel, recipient, SENT));
    return sent != null && sent > 0;
  }

  /**
   * The channels and recipients a message was sent to ("mail|somchai.j"), in one query. A read of
   * committed rows: inside a job it uses the job's own connection (no second transaction).
   */
  public java.util.Set<String> sentTo(String messageKey) {
    return new java.util.HashSet<>(jdbc.queryForList(
        "SELECT CHANNEL_, RECIPIENT_ FROM ME_NOTIFY_LOG WHERE MESSAGE_KEY_ = ? AND STATUS_ = ?", messageKey, SENT)
        .stream().map(row -> row.get("CHANNEL_") + "|" + row.get("RECIPIENT_")).toList());
  }

  public void sent(String messageKey, String channel, String recipient, String address, String subject) {
    record(messageKey, channel, recipient, address, SENT, subject, null);
  }

  public void failed(String messageKey, String channel, String recipient, String address, String subject, String error) {
    record(messageKey, channel, recipient, address, FAILED, subject, error);
  }

  public void noAddress(String messageKey, String recipient, String subject) {
    record(messageKey, "mail", recipient, null, NO_ADDRESS, subject, "ไม่มีที่อยู่อีเมล / no e-mail address");
  }

  /** FAILED and NO_ADDRESS rows changed since a moment, newest first: what an administrator must see. */
  public List<Entry> problemsSince(Date since) {
    return ownTransaction.execute(status -> jdbc.query(
        "SELECT * FROM ME_NOTIFY_LOG WHERE STATUS_ <> ? AND UPDATED_ >= ? ORDER BY UPDATED_ DESC",
        (rs, row) -> new Entry(rs.getString("MESSAGE_KEY_"), rs.getString("CHANNEL_"), rs.getString("RECIPIENT_"),
            rs.getString("ADDRESS_"), rs.getString("STATUS_"), rs.getInt("ATTEMPTS_"), rs.getString("SUBJECT_"),
            rs.getString("DETAIL_"), rs.getTimestamp("UPDATED_")),
        SENT, new Timestamp(since.getTime())));
  }

  /** Every row of one message (all channels and recipients). */
  public List<Entry> entries(String messageKey) {
    return ownTransaction.execute(status -> jdbc.query(
        "SELECT * FROM ME_NOTIFY_LOG WHERE MESSAGE_KEY_ = ? ORDER BY CHANNEL_, RECIPIENT_",
        (rs, row) -> new Entry(rs.getString("MESSAGE_KEY_"), rs.getString("CHANNEL_"), rs.getString("RECIPIENT_"),
            rs.getString("ADDRESS_"), rs.getString("STATUS_"), rs.getInt("ATTEMPTS_"), rs.getString("SUBJECT_"),
            rs.getString("DETAIL_"), rs.getTimestamp("UPDATED_")),
        messageKey));
  }

  private void record(String messageKey, String channel, String recipient, String address, String status,
      String subject, String detail) {
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    String shortSubject = truncate(subject, 500);
    String shortDetail = truncate(detail, 2000);
    if (SENT.equals(status)) {
      // the common case is a first row: one INSERT; a retry that follows a FAILED row updates it
      try {
        ownTransaction.executeWithoutResult(tx -> jdbc.update("INSERT INTO ME_NOTIFY_LOG (MESSAGE_KEY_, CHANNEL_,"
            + " RECIPIENT_, ADDRESS_, STATUS_, ATTEMPTS_, SUBJECT_, DETAIL_, UPDATED_) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
            messageKey, channel, recipient, address, status, shortSubject, shortDetail, now));
        return;
      } catch (DuplicateKeyException rowExists) {
        // fall through to the update
      }
    }
    try {
      ownTransaction.executeWithoutResult(tx -> {
        // a SENT row is final: nothing overwrites it
        int updated = jdbc.update("UPDATE ME_NOTIFY_LOG SET STATUS_ = ?, ADDRESS_ = ?, SUBJECT_ = ?, DETAIL_ = ?,"
            + " ATTEMPTS_ = ATTEMPTS_ + 1, UPDATED_ = ? WHERE MESSAGE_KEY_ = ? AND CHANNEL_ = ? AND RECIPIENT_ = ?"
            + " AND STATUS_ <> ?", status, address, shortSubject, shortDetail, now, messageKey, channel, recipient, SENT);
        if (updated == 0 && !exists(messageKey, channel, recipient)) {
          jdbc.update("INSERT INTO ME_NOTIFY_LOG (MESSAGE_KEY_, CHANNEL_, RECIPIENT_, ADDRESS_, STATUS_, ATTEMPTS_,"
              + " SUBJECT_, DETAIL_, UPDATED_) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
              messageKey, channel, recipient, address, status, shortSubject, shortDetail, now);
        }
      });
    } catch (DuplicateKeyException concurrent) {
      // written by another node at the same moment: its row stands
      LOG.debug("{} {} {} written concurrently", messageKey, channel, recipient);
    }
  }

  private boolean exists(String messageKey, String channel, String recipient) {
    Long rows = jdbc.queryForObject(
        "SELECT COUNT(*) FROM ME_NOTIFY_LOG WHERE MESSAGE_KEY_ = ? AND CHANNEL_ = ? AND RECIPIENT_ = ?",
        Long.class, messageKey, channel, recipient);
    return rows != null && rows > 0;
  }

  private static String truncate(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
