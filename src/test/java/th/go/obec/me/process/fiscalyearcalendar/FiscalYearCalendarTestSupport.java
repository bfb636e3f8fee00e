package th.go.obec.me.process.fiscalyearcalendar;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import th.go.obec.me.support.EngineClock;

/**
 * What the calendar tests share. Other engineers build the called processes on other branches:
 * a stand-in with the same key is deployed for each one that is absent, so the tests hold before
 * and after the merge. They only look at what the calendar does: which process it starts, when,
 * for which fiscal year.
 */
public final class FiscalYearCalendarTestSupport {

  private FiscalYearCalendarTestSupport() {
  }

  public static void deployStandInsForAbsentProcesses(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    for (String key : YearWork.CALENDAR_WORK) {
      if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
        repository.createDeployment().name("stand-in " + key)
            .addClasspathResource("calendar/stand-ins/" + key + ".bpmn").deploy();
      }
    }
  }

  /**
   * Given no work of the fiscal year has run yet: removes the finished instances that earlier
   * tests sharing this Spring context left in the history (the calendar would rightly skip them).
   */
  public static void forgetFinishedWorkOf(ProcessEngine engine, int fiscalYear) {
    List<String> finished = new java.util.ArrayList<>();
    for (String key : YearWork.CALENDAR_WORK) {
      engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).finished().list()
          .stream()
          .filter(instance -> instance.getBusinessKey() != null
              && instance.getBusinessKey().startsWith(key + ":" + fiscalYear))
          .forEach(instance -> finished.add(instance.getId()));
    }
    if (!finished.isEmpty()) {
      engine.getHistoryService().deleteHistoricProcessInstances(finished);
    }
  }

  /** Runs the calendar instance's due jobs only, not the jobs of the processes it started. */
  public static void runDueCalendarJobs(ProcessEngine engine, ProcessInstance calendar) {
    EngineClock.executeDueJobsOf(calendar);
  }

  /** The keys of the processes the calendar instance has started (called) so far. */
  public static Set<String> started(ProcessEngine engine, ProcessInstance calendar) {
    Set<String> keys = new TreeSet<>();
    engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(calendar.getId()).list()
        .forEach(called -> keys.add(called.getProcessDefinitionKey()));
    return keys;
  }
}
