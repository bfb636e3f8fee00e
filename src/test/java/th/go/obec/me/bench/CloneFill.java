package th.go.obec.me.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Fills a PostgreSQL database with copies of process instances the engine has started, in SQL:
 * starting 100,000 instances through the engine took about 25 minutes on the shared 2-core machine,
 * copying them takes seconds. Each copy repeats every runtime row the engine and our plugins wrote
 * for one template instance (execution, task, its identity links, its authorization rows, variables,
 * the reminder job, the {@code ME_RUNNING_KEY} row) under new ids, so that the copied tasks are what
 * Tasklist's queries read for a real one. History rows are not copied: none of the measured queries
 * reads them. The template instances are real starts (the engine's API, our plugins on), made by
 * the caller before.
 */
final class CloneFill {

  /** Columns that hold the id of a copied row (or the instance's business key): they get the copy's suffix. */
  private static final Set<String> COPIED_IDS = Set.of("ID_", "PROC_INST_ID_", "PARENT_ID_", "ROOT_PROC_INST_ID_",
      "SUPER_EXEC_", "ACT_INST_ID_", "EXECUTION_ID_", "TASK_ID_", "PROCESS_INSTANCE_ID_", "BUSINESS_KEY_", "VAR_SCOPE_",
      "PARENT_TASK_ID_", "RESOURCE_ID_", "CASE_INST_ID_", "CASE_EXECUTION_ID_", "SUPER_CASE_EXEC_");

  private final DataSource dataSource;
  private final String processKey;

  CloneFill(DataSource dataSource, String processKey) {
    this.dataSource = dataSource;
    this.processKey = processKey;
  }

  /**
   * Adds {@code count} open tasks by copying the template instances (those of the process started
   * through the engine, not copies themselves); due dates spread as the engine fill spreads them,
   * numbered from {@code firstNumber}.
   */
  void copy(int count, int firstNumber) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("drop table if exists me_bench_tpl");
      s.execute("create temp table me_bench_tpl as select E.ID_ as proc_inst, T.ID_ as task,"
          + " row_number() over (order by E.ID_) as ord"
          + " from ACT_RU_EXECUTION E join ACT_RE_PROCDEF D on D.ID_ = E.PROC_DEF_ID_"
          + " join ACT_RU_TASK T on T.PROC_INST_ID_ = E.ID_"
          + " where D.KEY_ = '" + processKey + "' and E.PARENT_ID_ is null and E.ID_ not like '%.%'");
      s.execute("create index on me_bench_tpl (proc_inst)");
      s.execute("create index on me_bench_tpl (task)");
      s.execute("analyze me_bench_tpl");
      int templates = (int) single(s, "select count(*) from me_bench_tpl");
      if (templates == 0) {
        throw new IllegalStateException("no template instance of " + processKey + " to copy");
      }
      if (single(s, "select count(*) from ACT_RU_VARIABLE V join me_bench_tpl P on V.PROC_INST_ID_ = P.proc_inst"
          + " where V.BYTEARRAY_ID_ is not null") > 0) {
        throw new IllegalStateException("template variables with byte arrays cannot be copied by CloneFill");
      }
      int copyNumber = (int) single(s, "select coalesce(max(cast(substring(ID_ from '[.]([0-9]+)$') as int)), 0) + 1"
          + " from ACT_RU_EXECUTION where ID_ like '%.%'");
      c.commit();
      int done = 0;
      while (done < count) {
        // up to 10 copies of every template per statement, the last round only as many templates as needed
        int copies = Math.max(1, Math.min(10, (count - done) / templates));
        int perCopy = Math.min(templates, count - done);
        int firstCopy = copyNumber;
        int lastCopy = copyNumber + copies - 1;
        String from = " from me_bench_tpl P cross join generate_series(" + firstCopy + ", " + lastCopy + ") K(n)";
        String only = " and P.ord <= " + perCopy;
        int base = firstNumber + done;
        String due = "localtimestamp + (((" + base + " + (K.n - " + firstCopy + ") * " + perCopy
            + " + P.ord) * 7919) % 181 - 60) * interval '1 day'"
            // a time of day of its own, so that copies of one template do not share a due moment
            + " + ((P.ord * 7907 + K.n * 104729) % 86400) * interval '1 second'";
        insert(s, "ACT_RU_EXECUTION", "T", from + " join ACT_RU_EXECUTION T on T.PROC_INST_ID_ = P.proc_inst where 1=1" + only, null);
        insert(s, "ACT_RU_TASK", "T", from + " join ACT_RU_TASK T on T.ID_ = P.task where 1=1" + only, due);
        insert(s, "ACT_RU_IDENTITYLINK", "T", from + " join ACT_RU_IDENTITYLINK T on T.TASK_ID_ = P.task where 1=1" + only, null);
        insert(s, "ACT_RU_AUTHORIZATION", "T", from + " join ACT_RU_AUTHORIZATION T on T.RESOURCE_ID_ = P.task"
            + " where T.RESOURCE_TYPE_ = 7" + only, null);
        insert(s, "ACT_RU_VARIABLE", "T", from + " join ACT_RU_VARIABLE T on T.PROC_INST_ID_ = P.proc_inst where 1=1" + only, null);
        // the task's reminder job: its id and its configuration name the task
        s.executeUpdate("insert into ACT_RU_JOB (" + String.join(", ", columns(c, "ACT_RU_JOB")) + ") select "
            + String.join(", ", columns(c, "ACT_RU_JOB").stream().map(column -> switch (column) {
              case "ID_" -> "T.ID_ || '.' || K.n";
              case "HANDLER_CFG_" -> "replace(T.HANDLER_CFG_, P.task, P.task || '.' || K.n)";
              default -> "T." + column;
            }).toList())
            + from + " join ACT_RU_JOB T on T.ID_ like 'me-rem-' || P.task || '-%' where T.ID_ not like '%.%'" + only);
        s.executeUpdate("insert into ME_RUNNING_KEY (BUSINESS_KEY_, PROC_INST_ID_)"
            + " select R.BUSINESS_KEY_ || '.' || K.n, R.PROC_INST_ID_ || '.' || K.n"
            + from + " join ME_RUNNING_KEY R on R.PROC_INST_ID_ = P.proc_inst where 1=1" + only);
        c.commit();
        done += copies * perCopy;
        copyNumber += copies;
      }
      s.execute("drop table if exists me_bench_tpl");
      c.commit();
    }
  }

  /** Copies the rows the join selects, each id column with the copy's suffix. */
  private static void insert(Statement s, String table, String alias, String fromWhere, String dueDate)
      throws SQLException {
    List<String> columns = columns(s.getConnection(), table);
    List<String> values = new ArrayList<>();
    for (String column : columns) {
      if (COPIED_IDS.contains(column)) {
        values.add("case when " + alias + "." + column + " is null then null else " + alias + "." + column
            + " || '.' || K.n end");
      } else if (dueDate != null && column.equals("DUE_DATE_")) {
        values.add(dueDate);
      } else {
        values.add(alias + "." + column);
      }
    }
    s.executeUpdate("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
        + fromWhere);
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "select column_name from information_schema.columns where table_name = ? and table_schema = current_schema()"
            + " order by ordinal_position")) {
      p.setString(1, table.toLowerCase(Locale.ROOT));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          columns.add(r.getString(1).toUpperCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
