package th.go.obec.me.process.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.process.calendar.FiscalYearCalendarTestSupport.bangkok;
import static th.go.obec.me.process.calendar.FiscalYearCalendarTestSupport.runDueCalendarJobs;
import static th.go.obec.me.process.calendar.FiscalYearCalendarTestSupport.started;

import java.time.LocalDate;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.PostgresProcessEngineTest;
import th.go.obec.me.process.fiscalyearcalendar.YearWork;

/** The fiscal-year calendar through a whole year on a real PostgreSQL database. */
class FiscalYearCalendarPostgresTest extends PostgresProcessEngineTest {

  @Test
  void startsTheWholeYearsWorkOnPostgres() {
    FiscalYearCalendarTestSupport.deployStandInsForAbsentProcesses(processEngine);
    FiscalYearCalendarTestSupport.forgetFinishedWorkOf(processEngine, 2570);
    clockAt(bangkok("2026-08-31T10:00"));
    ProcessInstance calendar = processEngine.getRuntimeService().startProcessInstanceByKey(
        ProcessConstants.FISCAL_YEAR_CALENDAR, withVariables(ProcessConstants.FISCAL_YEAR, 2570));

    for (LocalDate month = LocalDate.of(2026, 9, 1); !month.isAfter(LocalDate.of(2027, 9, 1)); month = month.plusMonths(1)) {
      clockAt(bangkok(month + "T08:31"));
      runDueCalendarJobs(processEngine, calendar);
    }

    assertThat(started(processEngine, calendar)).containsExactlyInAnyOrderElementsOf(YearWork.CALENDAR_WORK);
    assertThat(calendar).isWaitingAt("Call_AnnualReport");
  }
}
