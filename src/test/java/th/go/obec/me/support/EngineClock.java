package th.go.obec.me.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The engine clock and the jobs due at it. The tests run without a job executor: they move the
 * clock and run what is due themselves, as the job executor would. One behaviour for every test:
 * the engine's own history cleanup is never run (it is not the office's work).
 * Static, so that the walks shared between test classes use it too; {@link ProcessEngineTest}
 * initialises the engine it works on and resets the clock after each test.
 */
public final class EngineClock {

  private EngineClock() {
  }

  /** Moves the engine clock (and so every due date and timer check) to a moment. */
  public static void clockAt(Date moment) {
    ClockUtil.setCurrentTime(moment);
  }

  /** Back to the real time. */
  public static void realClock() {
    ClockUtil.reset();
  }

  /** Runs every job (timers, async steps, reminders) due at the engine clock's current time. */
  public static int executeDueJobs() {
    return execute(managementService().createJobQuery().executable().list());
  }

  /** Runs the due jobs of one instance only, not those of the processes it started. */
  public static int executeDueJobsOf(ProcessInstance pi) {
    return execute(managementService().createJobQuery().processInstanceId(pi.getId()).executable().list());
  }

  /** The one timer the instance waits on. */
  public static Job timer(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  /** Checks the instance waits at the timer, due at the expected moment; moves the clock there and runs it. */
  public static void fireTimer(ProcessInstance pi, String timerId, Date expected) {
    assertThat(pi).isWaitingAt(timerId);
    assertThat(timer(pi).getDuedate()).isEqualTo(expected);
    clockAt(expected);
    executeDueJobs();
  }

  private static int execute(List<Job> jobs) {
    int executed = 0;
    for (Job job : jobs) {
      if (HistoryCleanupJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType())) {
        continue;
      }
      managementService().executeJob(job.getId());
      executed++;
    }
    return executed;
  }
}
