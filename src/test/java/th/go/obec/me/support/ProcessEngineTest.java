package th.go.obec.me.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import th.go.obec.me.calendar.FiscalCalendar;

/**
 * Base of the engine-level tests: the whole application (processes, forms, guards, beans) on an
 * in-memory H2 database, with no job executor, so that each test fires timers and async steps
 * itself. Every test starts from a clean runtime and the real clock.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessEngineTest {

  @Autowired
  protected ProcessEngine processEngine;

  @Autowired
  protected FiscalCalendar fiscalCalendar;

  @BeforeEach
  void initAssertions() {
    init(processEngine);
  }

  @AfterEach
  void cleanRuntime() {
    ClockUtil.reset();
    processEngine.getIdentityService().clearAuthentication();
    processEngine.getRuntimeService().createProcessInstanceQuery().list().forEach(instance ->
        processEngine.getRuntimeService().deleteProcessInstanceIfExists(instance.getId(), "test cleanup", true, true,
            true, true));
  }

  /** Moves the engine clock (and so every due date and timer check) to a moment ({@link EngineClock}). */
  protected static void clockAt(Date moment) {
    EngineClock.clockAt(moment);
  }

  /** Runs every job due at the engine clock's current time ({@link EngineClock#executeDueJobs()}). */
  protected static int executeDueJobs() {
    return EngineClock.executeDueJobs();
  }
}
