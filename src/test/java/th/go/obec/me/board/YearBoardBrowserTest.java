package th.go.obec.me.board;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.support.BrowserSpec;
import th.go.obec.me.support.PostgresWebTest;

/**
 * The fiscal-year board in a real browser: the running server on PostgreSQL with this year's
 * action-plan monitoring (its first step done late) and an assigned work whose first step is
 * overdue; the director opens Cockpit, sees the board for the current year with both marked,
 * downloads the workbook, prints, reads the workload and the history, and clicks through to the
 * instance. The browser part is src/test/browser/year-board.spec.mjs; screenshots in
 * target/screenshots/.
 */
class YearBoardBrowserTest extends PostgresWebTest {

  @Autowired
  FiscalCalendar calendar;

  @Test
  void theDirectorSeesTheYearWithItsLateWorkAndOpensAnInstance() throws Exception {
    BrowserSpec.requireChromium();
    LocalDate today = calendar.today();
    int year = FiscalCalendar.fiscalYearOf(today);

    // the year's action-plan monitoring, started on 1 October; its first step (due 31 October)
    // done on 5 November
    ClockUtil.setCurrentTime(calendar.startOfOfficeDay(FiscalCalendar.firstDay(year)));
    ProcessInstance late = engine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ACTION_PLAN_MONITORING,
        Map.of(ProcessConstants.FISCAL_YEAR, year));
    ClockUtil.setCurrentTime(calendar.startOfOfficeDay(FiscalCalendar.firstDay(year).plusDays(35)));
    Task study = engine.getTaskService().createTaskQuery().processInstanceId(late.getId()).singleResult();
    engine.getTaskService().claim(study.getId(), "somchai.j");
    engine.getTaskService().complete(study.getId(), Map.of("studySummary", "สรุปแผนปฏิบัติราชการ 25 โครงการ",
        "actionPlanLink", "https://drive.example/action-plan-" + year));

    // work the director assigned ten days ago: handing it out was due three days later
    ClockUtil.setCurrentTime(Date.from(java.time.Instant.now().minus(10, ChronoUnit.DAYS)));
    ProcessInstance overdue;
    engine.getIdentityService().setAuthentication("wichai.s", List.of("director"));
    try {
      overdue = engine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.ASSIGNED_WORK,
          Map.of(ProcessConstants.FISCAL_YEAR, year, "workTitle", "สรุปข้อมูลนักเรียนออกกลางคัน"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    ClockUtil.reset();

    BrowserSpec.run("year-board", Map.of(
        "baseUrl", baseUrl(),
        "director", Map.of("id", "wichai.s", "password", "test-password"),
        "fiscalYear", year,
        "lateInstance", late.getId(),
        "lateStepName", study.getName(),
        "overdueInstance", overdue.getId(),
        "overdueHolder", "วิชัย ศรีสุข"));
  }
}
