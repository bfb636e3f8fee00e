package th.go.obec.me.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.engine.QueryTuningProperties;
import th.go.obec.me.engine.TaskQueryIndexes;
import th.go.obec.me.engine.TaskQueryTuning;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.support.EmbeddedPostgresServer;

/**
 * Speed at scale (README "Benchmark"), on one real PostgreSQL (zonky), in one run:
 * <ol>
 *   <li>per-task cost: a bare engine (plain {@link StandaloneProcessEngineConfiguration}, none of our
 *       plugins, a one-task process, history full as ours) against the project's real first step of
 *       {@code strategy-evaluation} (guards, authorization, form check, reminders on), start + query +
 *       complete, 1 and 4 threads;</li>
 *   <li>the Tasklist queries as Tasklist sends them (each shared filter's count and first page of 15,
 *       and the page of "candidate groups or assigned to me", due-date order) as a staff member with
 *       authorization on, at 20,000 and 100,000 open tasks spread over the roles, with the levers of
 *       {@code me.query-tuning} and {@code authorizationCheckRevokes} switched on one after another.</li>
 * </ol>
 * Prints one table. Sizes and rounds: {@code -Dbench.sizes=20000,100000 -Dbench.taskRounds=1000}; only the
 * per-task part: {@code -Dbench.sizes=}; only the Tasklist part: {@code -Dbench.skipTaskCost=true}.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScaleBenchmark {

  private static final String STAFF = "somchai.j";
  private static final List<String> STAFF_GROUPS = List.of(OfficeRole.MONITORING.id(), OfficeRole.ME_COMMITTEE.id());
  private static final String FILL_PROCESS = "bench-fill";
  private static final long TARGET_QUERY_P95_MS = 50;
  private static final double TARGET_RATIO = 1.3;

  private static final int TASK_ROUNDS = Integer.getInteger("bench.taskRounds", 1000);
  private static final int WARM_UP = Integer.getInteger("bench.warmUp", 300);
  private static final int QUERY_ROUNDS = Integer.getInteger("bench.queryRounds", 40);
  /** A query slower than this is measured fewer times (the engine's own check at 100,000 tasks). */
  private static final Duration QUERY_BUDGET = Duration.ofSeconds(Long.getLong("bench.queryBudgetSeconds", 20));
  private static final List<Integer> SIZES = parseSizes(System.getProperty("bench.sizes", "20000,100000"));
  /** Instances started through the engine; the rest of each size are SQL copies of them ({@link CloneFill}). */
  private static final int TEMPLATES = Integer.getInteger("bench.templates", 2000);
  /** Every task started through the engine (about 25 minutes for 100,000 on the shared machine). */
  private static final boolean ENGINE_FILL = "engine".equals(System.getProperty("bench.fill"));
  /** Stages of levers measured on the same data at the first size; later sizes: all levers only. */
  private static final boolean ALL_STAGES_AT_EVERY_SIZE = Boolean.getBoolean("bench.allStages");

  private static String bareUrl;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.useFreshDatabase(registry, "bench");
    bareUrl = EmbeddedPostgresServer.newDatabase("bench_bare_" + System.nanoTime());
    // the project's real configuration: reminders on (their jobs are written, not run)
    registry.add("me.notify.enabled", () -> "true");
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "10");
  }

  @Autowired
  ProcessEngine engine;

  @Autowired
  DataSource dataSource;

  @Autowired
  QueryTuningProperties tuning;

  private final List<String> lines = new ArrayList<>();
  private StatementCounter tasklistStatements;
  /** Per stage and query: its slowest statement and that statement's mean time per call. */
  private final Map<String, String> slowestStatements = new LinkedHashMap<>();
  private final List<Summary> summary = new ArrayList<>();

  /** One row of the table the run ends with; a missed target names its measured reason. */
  record Summary(String figure, String bare, String project, String target, boolean met, String reason) {
    Summary(String figure, String bare, String project, String target, boolean met) {
      this(figure, bare, project, target, met, "");
    }

    Summary because(String measured) {
      return new Summary(figure, bare, project, target, met, measured);
    }

    @Override
    public String toString() {
      return "| " + figure + " | " + bare + " | " + project + " | " + target + " | "
          + (met ? "met" : "**NOT met**" + (reason.isEmpty() ? "" : ": " + reason)) + " |";
    }
  }

  @Test
  void measure() throws Exception {
    String loadBefore = loadAverage();
    line("ScaleBenchmark on PostgreSQL %s, %d cores, load before start: %s", serverVersion(),
        Runtime.getRuntime().availableProcessors(), loadBefore);
    line("project levers at start: %s, authorizationCheckRevokes=%s", tuning, config().getAuthorizationCheckRevokes());

    if (!Boolean.getBoolean("bench.skipTaskCost")) {
      perTaskCost();
    }
    if (!SIZES.isEmpty()) {
      tasklistQueries();
    }
    if (!Boolean.getBoolean("bench.skipNotify")) {
      // figures 3 and 4 in their own application (job executor on, SMTP sink), after ours are measured
      String load = loadAverage();
      for (NotifyBenchmark.Row row : NotifyBenchmark.measure()) {
        summary.add(new Summary(row.figure(), "—", row.value(), row.target(), row.met()));
      }
      line("notify part: load before %s, after %s", load, loadAverage());
    }

    System.out.println();
    System.out.println("==================== ScaleBenchmark (details) ====================");
    lines.forEach(System.out::println);
    System.out.println();
    System.out.println("==================== Speed at scale: the table ====================");
    System.out.println("| figure | bare engine | project | target | met? (if not: the measured reason) |");
    System.out.println("|---|---|---|---|---|");
    summary.forEach(System.out::println);
    System.out.println("load average before: " + loadBefore + "; after: " + loadAverage() + " ("
        + Runtime.getRuntime().availableProcessors() + " cores); " + java.time.ZonedDateTime.now().withNano(0));
    System.out.println("===================================================================");
    long hold = Long.getLong("bench.holdSeconds", 0);
    if (hold > 0) {
      // to look at the data with psql (EXPLAIN ANALYZE) before the embedded server stops
      try (Connection c = dataSource.getConnection()) {
        System.out.println("BENCH holding " + hold + " s: psql " + c.getMetaData().getURL());
      }
      Thread.sleep(hold * 1000);
    }
  }

  // ---------------------------------------------------------------- per-task cost

  private void perTaskCost() throws Exception {
    ProcessEngine bare = bareEngine();
    try {
      BpmnModelInstance oneTask = Bpmn.createExecutableProcess("bare-one-task").camundaHistoryTimeToLive(3650)
          .startEvent().userTask("work").name("work").camundaCandidateGroups("monitoring").endEvent().done();
      bare.getRepositoryService().createDeployment().addModelInstance("one-task.bpmn", oneTask).deploy();

      AtomicInteger bareCounter = new AtomicInteger();
      Steps bareSteps = new Steps();
      StatementCounter bareStatements = StatementCounter.on(bare);
      StatementCounter projectStatements = StatementCounter.on(engine);
      Callable<Void> bareRound = () -> {
        bareStatements.step("start");
        long t0 = System.nanoTime();
        String instance = bare.getRuntimeService().startProcessInstanceByKey("bare-one-task",
            "b" + bareCounter.incrementAndGet()).getId();
        long t1 = System.nanoTime();
        bareStatements.step("query");
        Task task = bare.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        long t2 = System.nanoTime();
        bareStatements.step("complete");
        bare.getTaskService().complete(task.getId());
        bareSteps.add(t0, t1, t2, System.nanoTime());
        return null;
      };
      AtomicInteger projectCounter = new AtomicInteger();
      Steps projectSteps = new Steps();
      Callable<Void> projectRound = () -> {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(STAFF, STAFF_GROUPS);
        try {
          projectStatements.step("start");
          long t0 = System.nanoTime();
          String instance = engine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.STRATEGY_EVALUATION,
              ProcessConstants.STRATEGY_EVALUATION + ":2570:p" + projectCounter.incrementAndGet(),
              Map.of(ProcessConstants.FISCAL_YEAR, 2570)).getId();
          long t1 = System.nanoTime();
          projectStatements.step("query");
          Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
          long t2 = System.nanoTime();
          projectStatements.step("complete");
          engine.getTaskService().complete(task.getId(),
              Map.of("studySummary", "สรุปผลการศึกษา", "studyLink", "https://drive.example/s"));
          projectSteps.add(t0, t1, t2, System.nanoTime());
        } finally {
          identity.clearAuthentication();
        }
        return null;
      };

      run(bareRound, WARM_UP, 1);
      run(projectRound, WARM_UP, 1);
      line("");
      line("1. Per-task cost: start + query + complete (after %d warm-up rounds each)", WARM_UP);
      line("| threads | bare engine | project | project / bare (target <= %.1f) |", TARGET_RATIO);
      line("|---|---|---|---|");
      List<Summary> perTaskRows = new ArrayList<>();
      List<double[]> perTaskCpu = new ArrayList<>();
      for (int threads : new int[] {1, 4}) {
        bareSteps.reset();
        projectSteps.reset();
        // alternate, so that both see the same machine load; CPU time (this JVM, the PostgreSQL server) per round
        long[] bareCpu = new long[2];
        long[] projectCpu = new long[2];
        double bareRate = cpu(bareCpu, () -> run(bareRound, TASK_ROUNDS * threads, threads));
        double projectRate = cpu(projectCpu, () -> run(projectRound, TASK_ROUNDS * threads, threads));
        double bareRate2 = cpu(bareCpu, () -> run(bareRound, TASK_ROUNDS * threads, threads));
        double projectRate2 = cpu(projectCpu, () -> run(projectRound, TASK_ROUNDS * threads, threads));
        double rounds = 2.0 * TASK_ROUNDS * threads;
        double b = (bareRate + bareRate2) / 2;
        double p = (projectRate + projectRate2) / 2;
        line("| %d | %.1f /s (%.2f ms) | %.1f /s (%.2f ms) | **%.2fx** %s |", threads, b, 1000 / b * threads, p,
            1000 / p * threads, b / p, b / p <= TARGET_RATIO ? "met" : "NOT met");
        perTaskRows.add(new Summary(String.format(Locale.ROOT, "per task, start + query + complete, %d thread%s", threads,
            threads == 1 ? "" : "s"), String.format(Locale.ROOT, "%.1f /s", b),
            String.format(Locale.ROOT, "%.1f /s (%.2fx)", p, b / p), "<= " + TARGET_RATIO + "x", b / p <= TARGET_RATIO));
        perTaskCpu.add(new double[] {(bareCpu[0] + bareCpu[1]) / rounds / 1e6, (projectCpu[0] + projectCpu[1]) / rounds / 1e6});
        line("|   | %s | %s | per step, mean ms: start / query / complete |", bareSteps, projectSteps);
        line("|   | %.2f / %.2f | %.2f / %.2f | CPU per round, ms: this JVM / PostgreSQL (2 cores: at most 2,000 ms per s) |",
            bareCpu[0] / rounds / 1e6, bareCpu[1] / rounds / 1e6, projectCpu[0] / rounds / 1e6, projectCpu[1] / rounds / 1e6);
      }
      // where the time goes: the engine's statements per step, counted apart from the timed rounds
      int counted = 50;
      bareStatements.count(true);
      run(bareRound, counted, 1);
      bareStatements.count(false);
      projectStatements.count(true);
      run(projectRound, counted, 1);
      projectStatements.count(false);
      line("");
      line("Engine SQL statements per round (MyBatis, %d rounds; the ME_RUNNING_KEY row's 2 statements are ours, on JDBC):",
          counted);
      for (String step : List.of("start", "query", "complete")) {
        line("- %s, bare: %s", step, bareStatements.perRound(step, counted));
        line("- %s, project: %s", step, projectStatements.perRound(step, counted));
      }
      for (int i = 0; i < perTaskRows.size(); i++) {
        Summary row = perTaskRows.get(i);
        double[] cpu = perTaskCpu.get(i);
        summary.add(row.met() ? row : row.because(String.format(Locale.ROOT,
            "CPU per round %.1f ms against %.1f ms (JVM + PostgreSQL, %.2fx); engine statements per round "
                + "%.0f against %.0f (start %.0f / %.0f, complete %.0f / %.0f; named in the details)",
            cpu[1], cpu[0], cpu[1] / cpu[0],
            projectStatements.total(List.of("start", "query", "complete"), counted),
            bareStatements.total(List.of("start", "query", "complete"), counted),
            projectStatements.total(List.of("start"), counted), bareStatements.total(List.of("start"), counted),
            projectStatements.total(List.of("complete"), counted), bareStatements.total(List.of("complete"), counted))));
      }
    } finally {
      bare.close();
    }
  }

  private ProcessEngine bareEngine() {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(bareUrl);
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(10);
    HikariDataSource data = new HikariDataSource(pool);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare");
    configuration.setDataSource(data);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setDbMetricsReporterActivate(false);
    return configuration.buildProcessEngine();
  }

  /** Runs the measurement and adds the CPU time it took in this JVM [0] and in PostgreSQL [1], in ns. */
  private double cpu(long[] sum, Callable<Double> measurement) throws Exception {
    long jvm = jvmCpu();
    long pg = postgresCpu();
    double result = measurement.call();
    sum[0] += jvmCpu() - jvm;
    sum[1] += postgresCpu() - pg;
    return result;
  }

  private static long jvmCpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * CPU time of the embedded PostgreSQL server in ns: its postmaster (with its ended children) and
   * its running backends, from /proc; 0 where there is no /proc.
   */
  private long postgresCpu() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("select pg_backend_pid()")) {
      r.next();
      long backend = r.getLong(1);
      long postmaster = Long.parseLong(stat(backend)[3]);
      long ticks = 0;
      String[] own = stat(postmaster);
      ticks += Long.parseLong(own[13]) + Long.parseLong(own[14]) + Long.parseLong(own[15]) + Long.parseLong(own[16]);
      try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
        for (java.nio.file.Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
          try {
            String[] fields = stat(Long.parseLong(process.getFileName().toString()));
            if (Long.parseLong(fields[3]) == postmaster) {
              ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
          } catch (Exception gone) {
            // ended meanwhile
          }
        }
      }
      return ticks * 10_000_000L; // USER_HZ 100
    } catch (Exception noProc) {
      return 0;
    }
  }

  /** The fields of /proc/pid/stat after the command name (field 3 is index 0 + 2...): as in proc(5), 0-based. */
  private static String[] stat(long pid) throws java.io.IOException {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
    String rest = text.substring(text.lastIndexOf(')') + 2);
    String[] after = rest.split(" ");
    String[] fields = new String[after.length + 2];
    fields[0] = String.valueOf(pid);
    fields[1] = "comm";
    System.arraycopy(after, 0, fields, 2, after.length);
    return fields;
  }

  /** Runs the round {@code count} times on {@code threads} threads; rounds per second. */
  private static double run(Callable<Void> round, int count, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger left = new AtomicInteger(count);
    long begin = System.nanoTime();
    List<Future<Void>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          round.call();
        }
        return null;
      }));
    }
    for (Future<Void> worker : workers) {
      worker.get();
    }
    long nanos = System.nanoTime() - begin;
    pool.shutdown();
    return count / (nanos / 1e9);
  }

  private String rowsPerTask() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      long tasks = single(s, "select count(*) from act_ru_task");
      long auth = single(s, "select count(*) from act_ru_authorization where resource_type_ = 7");
      long jobs = single(s, "select count(*) from act_ru_job where handler_type_ <> 'history-cleanup'");
      long links = single(s, "select count(*) from act_ru_identitylink where task_id_ is not null");
      return String.format(Locale.ROOT, "%d tasks: %.2f task authorization rows, %.2f identity links, %.2f jobs per task"
         , tasks, auth / (double) tasks, links / (double) tasks,
          jobs / (double) tasks);
    }
  }

  /** Time spent in each step of a round, summed over the rounds of all threads. */
  private static final class Steps {
    private final java.util.concurrent.atomic.LongAdder start = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder query = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder complete = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder rounds = new java.util.concurrent.atomic.LongAdder();

    void add(long t0, long t1, long t2, long t3) {
      start.add(t1 - t0);
      query.add(t2 - t1);
      complete.add(t3 - t2);
      rounds.increment();
    }

    void reset() {
      start.reset();
      query.reset();
      complete.reset();
      rounds.reset();
    }

    @Override
    public String toString() {
      double n = Math.max(1, rounds.sum()) * 1e6;
      return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", start.sum() / n, query.sum() / n, complete.sum() / n);
    }
  }

  // ---------------------------------------------------------------- Tasklist queries

  private void tasklistQueries() throws Exception {
    tasklistStatements = StatementCounter.on(engine);
    deployFillProcess();
    boolean first = true;
    for (int size : SIZES) {
      Instant begin = Instant.now();
      long filled = fillTo(size);
      line("");
      line("2. Tasklist as %s (%s), authorization on, %,d open tasks (%,d added in %d s)", STAFF,
          String.join(", ", STAFF_GROUPS), openTasks(), filled, Duration.between(begin, Instant.now()).toSeconds());
      analyze();
      line("rows per open task: %s", rowsPerTask());
      // the engine's own check compares every visible task with every grant of the person: at the
      // larger size each count would take minutes, so it is measured at the first size only
      List<Stage> stages = (first || ALL_STAGES_AT_EVERY_SIZE) && !Boolean.getBoolean("bench.tunedOnly")
          ? Stage.all() : List.of(Stage.tuned());
      if (stages.size() > 1 && "short".equals(System.getProperty("bench.stages"))) {
        stages = List.of(Stage.shipped(), Stage.all().get(3), Stage.tuned());
      }
      Map<String, Map<String, Timing>> cells = new LinkedHashMap<>();
      List<String> statementTimes = new ArrayList<>();
      for (Stage stage : stages) {
        stage.apply(this);
        for (Map.Entry<String, Callable<Long>> query : queries().entrySet()) {
          // each call's statements and their time (binding, execution, fetch, mapping), to tell the
          // time of the query's own statement from that of the others a call runs
          tasklistStatements.step(query.getKey());
          tasklistStatements.count(true);
          Timing timing = measure(query.getValue());
          tasklistStatements.count(false);
          cells.computeIfAbsent(query.getKey(), k -> new LinkedHashMap<>()).put(stage.name, timing);
          statementTimes.add(String.format(Locale.ROOT, "- %s, %s: %s", stage.name, query.getKey(),
              tasklistStatements.timedPerRound(query.getKey(), timing.n() + 1)));
          slowestStatements.put(stage.name + "|" + query.getKey(),
              tasklistStatements.slowestPerRound(query.getKey(), timing.n() + 1));
        }
      }
      StringBuilder header = new StringBuilder("| query (p50 / p95 / max ms, rows) |");
      StringBuilder rule = new StringBuilder("|---|");
      for (Stage stage : stages) {
        header.append(' ').append(stage.name).append(" |");
        rule.append("---|");
      }
      line(header.toString());
      line(rule.toString());
      for (Map.Entry<String, Map<String, Timing>> row : cells.entrySet()) {
        line("| %s | %s |", row.getKey(), String.join(" | ", row.getValue().values().stream().map(Timing::toString).toList()));
      }
      line("statements per call (count, mean ms per call, warm-up call included):");
      statementTimes.forEach(this::line);
      summarizeTasklist(size, cells, filled, Duration.between(begin, Instant.now()).toSeconds());
      explainGroupQueries();
      first = false;
    }
    Stage.tuned().apply(this);
  }

  private void deployFillProcess() {
    BpmnModelInstance fill = Bpmn.createExecutableProcess(FILL_PROCESS).name("งานทดสอบปริมาณ")
        .camundaHistoryTimeToLive(3650)
        .startEvent()
        .userTask("work").name("งานทดสอบ").camundaCandidateGroups("${role}").camundaAssignee("${assignee}")
        .camundaDueDate("${due}")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().name(FILL_PROCESS).addModelInstance(FILL_PROCESS + ".bpmn", fill)
        .deploy();
  }

  /**
   * Opens tasks until {@code size} are open, through the engine API (so that our plugins write what they
   * write for a real task), 500 process starts to one transaction, on three threads. Each task goes to
   * one office role in turn, one in 20 is claimed (by the staff member when it is their group's), and
   * due dates spread from 60 days ago to 120 days ahead over 181 days (a prime: with 180, every task of a due day had the same role, and a page of one role walked thousands of tasks of others).
   */
  private long fillTo(int size) throws Exception {
    long open = openTasks();
    long missing = size - open;
    if (missing <= 0) {
      return 0;
    }
    if (!ENGINE_FILL) {
      // real starts up to the templates, copies of them for the rest (CloneFill)
      long started = Math.max(0, Math.min(missing, TEMPLATES - open));
      if (started > 0) {
        startThroughEngine(started);
      }
      if (missing > started) {
        new CloneFill(dataSource, FILL_PROCESS).copy((int) (missing - started), (int) (open + started) + 1_000_000);
      }
      return missing;
    }
    return startThroughEngine(missing);
  }

  private long startThroughEngine(long missing) throws Exception {
    OfficeRole[] roles = OfficeRole.values();
    ProcessEngineConfigurationImpl configuration = config();
    RuntimeService runtime = engine.getRuntimeService();
    AtomicInteger next = new AtomicInteger((int) openTasks() + 1_000_000);
    AtomicInteger left = new AtomicInteger((int) missing);
    long now = System.currentTimeMillis();
    int batch = 500;
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<Void>> workers = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      workers.add(pool.submit(() -> {
        while (true) {
          int take = Math.min(batch, left.getAndAdd(-batch));
          if (take <= 0) {
            return null;
          }
          configuration.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
            for (int k = 0; k < take; k++) {
              int n = next.incrementAndGet();
              String role = roles[n % roles.length].id();
              Map<String, Object> variables = new HashMap<>();
              variables.put(ProcessConstants.FISCAL_YEAR, 2570);
              variables.put("role", role);
              variables.put("assignee", n % 20 == 0 ? (STAFF_GROUPS.contains(role) ? STAFF : "someone.else") : null);
              variables.put("due", new Date(now + ((n * 7919L) % 181 - 60) * 86_400_000L + (n * 7907L) % 86_400L * 1000L));
              runtime.startProcessInstanceByKey(FILL_PROCESS, FILL_PROCESS + ":2570:" + n, variables);
            }
            return null;
          });
        }
      }));
    }
    for (Future<Void> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    return missing;
  }

  private Map<String, Callable<Long>> queries() {
    FilterService filters = engine.getFilterService();
    Map<String, Callable<Long>> queries = new LinkedHashMap<>();
    List<Filter> shared = filters.createTaskFilterQuery().orderByFilterId().asc().list();
    shared.sort((a, b) -> Integer.compare(priority(a), priority(b)));
    for (Filter filter : shared) {
      queries.put("count \"" + filter.getName() + "\"", () -> filters.count(filter.getId()));
      queries.put("page 15 \"" + filter.getName() + "\"", () -> (long) filters.listPage(filter.getId(), 0, 15).size());
    }
    TaskService tasks = engine.getTaskService();
    queries.put("page 15 candidate groups or assigned, due date", () -> (long) tasks.createTaskQuery()
        .or().taskCandidateGroupIn(STAFF_GROUPS).taskAssignee(STAFF).endOr()
        .orderByDueDate().asc().listPage(0, 15).size());
    return queries;
  }

  private static int priority(Filter filter) {
    Object priority = filter.getProperties() == null ? null : filter.getProperties().get("priority");
    return priority instanceof Number number ? number.intValue() : 99;
  }

  /** One query's times in milliseconds. */
  record Timing(double p50, double p95, double max, long rows, int n) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s / **%s** / %s (%d)%s", ms(p50), ms(p95), ms(max), rows, n < 10 ? " n=" + n : "");
    }
  }

  /** Runs the query as the staff member; p50 / p95 / max (rows) in milliseconds. */
  private Timing measure(Callable<Long> query) throws Exception {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(STAFF, STAFF_GROUPS);
    try {
      List<Long> nanos = new ArrayList<>();
      long rows = 0;
      long started = System.nanoTime();
      // one warm-up run, then rounds until the count or the time budget is used up (at least 3)
      long w = System.nanoTime();
      query.call();
      boolean slow = System.nanoTime() - w > 2_000_000_000L;
      for (int i = 0; i < QUERY_ROUNDS; i++) {
        long begin = System.nanoTime();
        rows = query.call();
        nanos.add(System.nanoTime() - begin);
        if ((slow && nanos.size() >= 3) || System.nanoTime() - started > QUERY_BUDGET.toNanos() && nanos.size() >= 3) {
          break;
        }
      }
      List<Long> sorted = nanos.stream().sorted().toList();
      double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
      return new Timing(sorted.get(sorted.size() / 2) / 1e6, p95, sorted.get(sorted.size() - 1) / 1e6, rows, nanos.size());
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * PostgreSQL's plan (EXPLAIN ANALYZE) of the statements the engine runs for "my groups' unassigned
   * tasks" (the filter "งานของกลุ่ม"), count and first page, with all levers on: the figures of the
   * README's plan summary.
   */
  private void explainGroupQueries() {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(STAFF, STAFF_GROUPS);
    try {
      for (boolean page : new boolean[] {false, true}) {
        org.camunda.bpm.engine.impl.TaskQueryImpl query = (org.camunda.bpm.engine.impl.TaskQueryImpl) engine.getTaskService()
            .createTaskQuery().taskCandidateGroupIn(STAFF_GROUPS).taskUnassigned().orderByDueDate().asc();
        List<String> plan = config().getCommandExecutorTxRequired().execute(context -> {
          context.getAuthorizationManager().configureTaskQuery(query);
          context.getTenantManager().configureQuery(query);
          query.setFirstResult(0);
          query.setMaxResults(page ? 15 : Integer.MAX_VALUE);
          String statement = config().getDbSqlSessionFactory().mapStatement(
              page ? "selectTaskByQueryCriteria" : "selectTaskCountByQueryCriteria");
          org.apache.ibatis.mapping.MappedStatement mapped = config().getSqlSessionFactory().getConfiguration()
              .getMappedStatement(statement);
          org.apache.ibatis.mapping.BoundSql sql = mapped.getBoundSql(query);
          List<String> lines = new ArrayList<>();
          try (java.sql.PreparedStatement explain = context.getDbSqlSession().getSqlSession().getConnection()
              .prepareStatement("explain (analyze, costs off) " + sql.getSql())) {
            new org.apache.ibatis.scripting.defaults.DefaultParameterHandler(mapped, query, sql).setParameters(explain);
            try (ResultSet r = explain.executeQuery()) {
              while (r.next()) {
                lines.add(r.getString(1));
              }
            }
          } catch (java.sql.SQLException e) {
            lines.add("EXPLAIN failed: " + e.getMessage());
          }
          return lines;
        });
        line("");
        line("EXPLAIN ANALYZE, %s of \"my groups' unassigned tasks\" (load %s):", page ? "page of 15" : "count", loadAverage());
        plan.stream().filter(text -> !text.contains("Filter:") && !text.contains("Removed") && !text.contains("Cond:"))
            .forEach(text -> line("    %s", text));
      }
    } catch (RuntimeException e) {
      line("EXPLAIN not run: %s", e);
    } finally {
      identity.clearAuthentication();
    }
    explainAuthorizedGroupIds();
  }

  /**
   * The statement every command that checks authorization runs once (the groups holding any
   * authorization): the engine's DISTINCT over every authorization row against ours (the group index
   * walked from group to group), each as PostgreSQL runs it.
   */
  private void explainAuthorizedGroupIds() {
    org.apache.ibatis.session.Configuration mybatis = config().getSqlSessionFactory().getConfiguration();
    for (String id : List.of("org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.selectAuthorizedGroupIds",
        config().getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds"))) {
      String sql = mybatis.getMappedStatement(id).getBoundSql(null).getSql();
      List<String> plan = new ArrayList<>();
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
           ResultSet r = s.executeQuery("explain (analyze, costs off) " + sql)) {
        while (r.next()) {
          plan.add(r.getString(1));
        }
      } catch (java.sql.SQLException e) {
        plan.add("EXPLAIN failed: " + e.getMessage());
      }
      line("");
      line("EXPLAIN ANALYZE, %s (load %s):", id.substring(id.lastIndexOf('.') + 1), loadAverage());
      plan.forEach(text -> line("    %s", text));
    }
  }

  /** The slowest count and the slowest page of a size, engine as shipped beside all levers. */
  private void summarizeTasklist(int size, Map<String, Map<String, Timing>> cells, long filled, long seconds) {
    for (String kind : List.of("count", "page")) {
      String slowest = null;
      Timing worst = null;
      Timing worstShipped = null;
      for (Map.Entry<String, Map<String, Timing>> row : cells.entrySet()) {
        if (!row.getKey().startsWith(kind)) {
          continue;
        }
        Timing tuned = row.getValue().get(Stage.tuned().name());
        if (worst == null || tuned.p95() > worst.p95()) {
          worst = tuned;
          slowest = row.getKey();
        }
        Timing shipped = row.getValue().get(Stage.shipped().name());
        if (shipped != null && (worstShipped == null || shipped.p95() > worstShipped.p95())) {
          worstShipped = shipped;
        }
      }
      if (worst != null) {
        summary.add(new Summary(String.format(Locale.ROOT, "Tasklist, %,d open tasks: slowest %s p95 (%s)", size,
            kind, slowest.substring(kind.length()).trim()),
            worstShipped == null ? "not measured (minutes)" : ms(worstShipped.p95()) + " ms (engine as shipped)",
            ms(worst.p95()) + " ms", "<= " + TARGET_QUERY_P95_MS + " ms", worst.p95() <= TARGET_QUERY_P95_MS)
            .because("p50 " + ms(worst.p50()) + " ms, of which " + slowestStatements.getOrDefault(Stage.tuned().name() + "|" + slowest, "?")
                + " per call (the statement's plan: EXPLAIN ANALYZE in the details)"));
      }
    }
  }

  private static String ms(double ms) {
    return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
  }

  /** A set of levers, switched at run time on the same data. */
  private record Stage(String name, String revokes, boolean indexes, boolean rewrite, boolean person) {
    static Stage shipped() {
      return new Stage("engine as shipped", "auto", false, false, false);
    }

    static Stage tuned() {
      return new Stage("all levers", "never", true, true, true);
    }

    static List<Stage> all() {
      return List.of(shipped(), new Stage("+ revokes never", "never", false, false, false),
          new Stage("+ indexes", "never", true, false, false),
          new Stage("+ our check (all open tasks)", "never", true, true, false), tuned());
    }

    void apply(ScaleBenchmark bench) throws Exception {
      bench.config().setAuthorizationCheckRevokes(revokes);
      if (indexes) {
        TaskQueryIndexes.create(bench.dataSource);
      } else {
        TaskQueryIndexes.drop(bench.dataSource);
      }
      bench.analyze();
      TaskQueryTuning.useOurStatements(bench.config().getDbSqlSessionFactory(), rewrite);
      TaskQueryTuning.usePersonQueries(person);
    }
  }

  // ---------------------------------------------------------------- helpers

  private ProcessEngineConfigurationImpl config() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private long openTasks() {
    return engine.getTaskService().createTaskQuery().count();
  }

  private void analyze() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("analyze");
    }
  }

  private String serverVersion() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("show server_version")) {
      r.next();
      return r.getString(1);
    }
  }

  private static long single(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }

  private void line(String format, Object... args) {
    String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
    lines.add(text);
    System.out.println("BENCH " + text);
  }

  private static List<Integer> parseSizes(String sizes) {
    List<Integer> result = new ArrayList<>();
    for (String size : sizes.split(",")) {
      if (!size.isBlank()) {
        result.add(Integer.parseInt(size.trim()));
      }
    }
    return result;
  }
}
