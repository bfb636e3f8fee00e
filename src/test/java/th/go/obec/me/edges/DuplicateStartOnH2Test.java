package th.go.obec.me.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.rule.OfficeRuleException;
import th.go.obec.me.support.ProcessEngineTest;

/**
 * The duplicate-start guarantee on the default H2 database: eight starts of the same work at the
 * same moment leave one instance, and the seven others are refused as conflicts (409 through
 * REST). The PostgreSQL case goes through REST in {@link BadInputCatalogueTest}.
 */
class DuplicateStartOnH2Test extends ProcessEngineTest {

  @Test
  void eightStartsAtOnceLeaveOneInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch ready = new CountDownLatch(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      outcomes.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        try {
          processEngine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.STRATEGY_EVALUATION,
              Map.of(ProcessConstants.FISCAL_YEAR, 2570));
          return "started";
        } catch (OfficeRuleException refused) {
          return refused.status() + " " + refused.getMessage();
        }
      }));
    }
    ready.await();
    go.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get());
    }
    pool.shutdown();

    assertThat(results).filteredOn("started"::equals).hasSize(1);
    assertThat(results).filteredOn(r -> r.startsWith("409 ")).hasSize(7)
        .allSatisfy(r -> assertThat(r).contains(ProcessConstants.STRATEGY_EVALUATION + ":2570"));
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.STRATEGY_EVALUATION).count()).isEqualTo(1);
  }
}
