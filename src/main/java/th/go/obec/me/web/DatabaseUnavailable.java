package th.go.obec.me.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the database being away for a moment (PostgreSQL restarting, the pool
 * waiting for a connection): those requests are answered 503 with Retry-After, since the same
 * request succeeds once the database is back; every other failure stays what it is.
 */
public final class DatabaseUnavailable {

  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public static final String THAI = "ฐานข้อมูลไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่";
  public static final String ENGLISH = "the database is temporarily unavailable, please retry in a few seconds";

  private DatabaseUnavailable() {
  }

  public static boolean isCause(Throwable thrown) {
    return isCause(thrown, new IdentityHashMap<>());
  }

  private static boolean isCause(Throwable t, Map<Throwable, Boolean> seen) {
    if (t == null || seen.put(t, Boolean.TRUE) != null) {
      return false;
    }
    if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException
        || t instanceof DataAccessResourceFailureException || t instanceof ConnectException) {
      return true;
    }
    if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosed(sql.getMessage()))) {
      return true;
    }
    // a rollback that failed on the lost connection hides the first failure behind it
    if (t instanceof TransactionSystemException rollback && isCause(rollback.getApplicationException(), seen)) {
      return true;
    }
    for (Throwable suppressed : t.getSuppressed()) {
      if (isCause(suppressed, seen)) {
        return true;
      }
    }
    return isCause(t.getCause(), seen);
  }

  /** The pool's and the driver's words for a connection the server closed (no SQL state). */
  private static boolean isClosed(String message) {
    return message != null && (message.contains("Connection is closed") || message.contains("connection has been closed"));
  }

  /**
   * SQL states of a lost or refused connection: class 08 (connection exception) and PostgreSQL's
   * 57P01-57P03 (administrator shutdown, crash shutdown, cannot connect now).
   */
  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03"));
  }

  public static String message() {
    return THAI + " / " + ENGLISH;
  }
}
