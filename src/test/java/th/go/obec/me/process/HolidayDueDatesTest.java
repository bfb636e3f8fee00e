package th.go.obec.me.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static th.go.obec.me.support.Dates.bangkok;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.support.ProcessEngineTest;

/**
 * Due dates that land on a weekend or a Thai holiday, in the engine: catalogue processes get their
 * due dates on the last working day before (README "Working days").
 */
class HolidayDueDatesTest extends ProcessEngineTest {

  @Test
  void theEndOfFebruaryOnASundayIsDueOnFriday() {
    clockAt(bangkok("2026-10-01T09:00"));
    ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.STRATEGY_EVALUATION,
        Map.of(ProcessConstants.FISCAL_YEAR, 2570));

    // the manual's "end of February 2570" is Sunday 28 February
    assertThat(task(pi).getDueDate()).isEqualTo(bangkok("2027-02-26T16:30"));
  }

  @Test
  void aDeadlineFromOutsideOnASubstitutionDayMovesToTheWorkingDayBefore() {
    clockAt(bangkok("2026-10-01T09:00"));
    // Monday 7 December 2569 is the substitution day of 5 December (a Saturday), Sunday the 6th
    // and Saturday the 5th are the weekend: the report is due on Friday 4 December
    ProcessInstance pi = processEngine.getRuntimeService()
        .createMessageCorrelation(ProcessConstants.MSG_INSPECTION_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, 2570)
        .setVariable(ProcessConstants.EXTERNAL_DEADLINE, "2026-12-07")
        .correlateStartMessage();

    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), ProcessConstants.REPORT_DEADLINE))
        .isEqualTo(bangkok("2026-12-04T16:30"));
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list())
        .extracting(t -> fiscalCalendar.holidays().isWorkingDay(FiscalCalendar.toZoned(t.getDueDate()).toLocalDate()))
        .isNotEmpty().containsOnly(true);
  }
}
