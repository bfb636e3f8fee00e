package th.go.obec.me.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Counts the engine's SQL statements by name and step (a MyBatis plugin on one engine), to show
 * where a step's time goes: which statements the project's step runs that the bare engine's does
 * not. Statements our code runs on its own connection (the {@code ME_RUNNING_KEY} row) are not
 * MyBatis statements and are not counted here.
 */
@Intercepts({
    @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
    @Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class})})
final class StatementCounter implements Interceptor {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  /** Nanoseconds spent in each statement (MyBatis and JDBC: binding, execution, fetching, mapping). */
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private volatile String step;
  private volatile boolean on;

  static StatementCounter on(ProcessEngine engine) {
    StatementCounter counter = new StatementCounter();
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSqlSessionFactory().getConfiguration()
        .addInterceptor(counter);
    return counter;
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    String current = step;
    if (on && current != null) {
      String id = ((MappedStatement) invocation.getArgs()[0]).getId();
      String key = current + " " + id.substring(id.lastIndexOf('.') + 1);
      counts.computeIfAbsent(key, k -> new LongAdder()).increment();
      long begin = System.nanoTime();
      try {
        return invocation.proceed();
      } finally {
        nanos.computeIfAbsent(key, k -> new LongAdder()).add(System.nanoTime() - begin);
      }
    }
    return invocation.proceed();
  }

  void step(String name) {
    step = name;
  }

  /** Counting on (from zero) or off (the counts stay for {@link #perRound}). */
  void count(boolean on) {
    if (on) {
      counts.clear();
      nanos.clear();
    }
    this.on = on;
  }

  /** Statements per round of the step: total and the names, most frequent first. */
  String perRound(String stepName, int rounds) {
    List<Map.Entry<String, LongAdder>> mine = counts.entrySet().stream().filter(e -> e.getKey().startsWith(stepName + " "))
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed()).toList();
    double total = mine.stream().mapToLong(e -> e.getValue().sum()).sum() / (double) rounds;
    return String.format(Locale.ROOT, "%.1f: ", total) + mine.stream()
        .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey().substring(stepName.length() + 1), e.getValue().sum() / (double) rounds))
        .collect(Collectors.joining(", "));
  }

  /** Statements per round of the steps together. */
  double total(List<String> stepNames, int rounds) {
    return counts.entrySet().stream().filter(e -> stepNames.stream().anyMatch(step -> e.getKey().startsWith(step + " ")))
        .mapToLong(e -> e.getValue().sum()).sum() / (double) rounds;
  }

  /** The step's statement that took the most time, with its mean time per round: "name 12.3 ms". */
  String slowestPerRound(String stepName, int rounds) {
    return nanos.entrySet().stream().filter(e -> e.getKey().startsWith(stepName + " "))
        .max(Comparator.comparingLong(e -> e.getValue().sum()))
        .map(e -> String.format(Locale.ROOT, "%s %.1f ms", e.getKey().substring(stepName.length() + 1),
            e.getValue().sum() / 1e6 / rounds))
        .orElse("no statement");
  }

  /** Statements per round of the step with their mean time per round in ms: name count (ms), slowest first. */
  String timedPerRound(String stepName, int rounds) {
    List<Map.Entry<String, LongAdder>> mine = nanos.entrySet().stream().filter(e -> e.getKey().startsWith(stepName + " "))
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed()).toList();
    double total = mine.stream().mapToLong(e -> e.getValue().sum()).sum() / 1e6 / rounds;
    return String.format(Locale.ROOT, "%.2f ms in statements: ", total) + mine.stream()
        .map(e -> String.format(Locale.ROOT, "%s %.1f (%.2f ms)", e.getKey().substring(stepName.length() + 1),
            counts.get(e.getKey()).sum() / (double) rounds, e.getValue().sum() / 1e6 / rounds))
        .collect(Collectors.joining(", "));
  }
}
