package th.go.obec.me.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.PostgresProcessEngineTest;

/**
 * The figures an office server must reach, measured on a real PostgreSQL database with the whole
 * application (guards, authorization checks, real processes). Not part of the test command: run
 * with {@code mvn -B -Pbench verify}; it prints its figures and fails when a target is missed.
 *
 * <p>Targets (2-core machine): a staff member's Tasklist query over a year's open work answers in
 * under 100 ms at the 95th percentile; starting a process (start guard included) and completing a
 * task (required-field check included) each take under 100 ms at the 95th percentile.
 */
class EngineBenchmark extends PostgresProcessEngineTest {

  private static final int INSTANCES = 300;
  private static final int QUERIES = 200;
  private static final long TARGET_P95_MS = 100;

  @Test
  void startsQueriesAndCompletionsStayWithinTheirTargets() {
    RuntimeService runtime = processEngine.getRuntimeService();
    TaskService tasks = processEngine.getTaskService();
    IdentityService identity = processEngine.getIdentityService();

    List<Long> starts = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      long begin = System.nanoTime();
      runtime.startProcessInstanceByKey(ProcessConstants.STRATEGY_EVALUATION,
          ProcessConstants.STRATEGY_EVALUATION + ":2570:bench" + i, Map.of(ProcessConstants.FISCAL_YEAR, 2570));
      starts.add(System.nanoTime() - begin);
    }

    List<Long> queries = new ArrayList<>();
    identity.setAuthentication("somchai.j", List.of("monitoring", "me-committee"));
    try {
      for (int i = 0; i < QUERIES; i++) {
        long begin = System.nanoTime();
        List<Task> page = tasks.createTaskQuery().taskCandidateGroupIn(List.of("monitoring", "me-committee"))
            .orderByDueDate().asc().listPage(0, 15);
        queries.add(System.nanoTime() - begin);
        assertThat(page).hasSize(15);
      }
    } finally {
      identity.clearAuthentication();
    }

    List<Long> completions = new ArrayList<>();
    List<Task> open = tasks.createTaskQuery().processDefinitionKey(ProcessConstants.STRATEGY_EVALUATION).list();
    for (Task task : open.subList(0, Math.min(100, open.size()))) {
      long begin = System.nanoTime();
      tasks.complete(task.getId(), Map.of("studySummary", "สรุปผลการศึกษา", "studyLink", "https://drive.example/s"));
      completions.add(System.nanoTime() - begin);
    }

    report("start process (guard included)", starts);
    report("Tasklist query, 15 of " + INSTANCES + " tasks, authorization on", queries);
    report("complete task (required fields checked)", completions);
    assertThat(p95(starts)).as("start p95 ms").isLessThan(TARGET_P95_MS);
    assertThat(p95(queries)).as("query p95 ms").isLessThan(TARGET_P95_MS);
    assertThat(p95(completions)).as("complete p95 ms").isLessThan(TARGET_P95_MS);
  }

  private static void report(String what, List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    System.out.printf("BENCH %-55s n=%4d  p50=%6.1f ms  p95=%6.1f ms  max=%6.1f ms  (target p95 < %d ms)%n",
        what, sorted.size(), sorted.get(sorted.size() / 2) / 1e6, p95(nanos) * 1.0,
        sorted.get(sorted.size() - 1) / 1e6, TARGET_P95_MS);
  }

  private static long p95(List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1_000_000;
  }
}
