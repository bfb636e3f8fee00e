package th.go.obec.me.process.mesystemdevelopment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import th.go.obec.me.calendar.FiscalCalendar;

/**
 * End listener of me-system-development's start: {@code developmentStart}, the date the starter
 * gave for the development work, or now when none was given.
 */
@Component("scheduleDevelopmentStart")
public class ScheduleDevelopmentStart implements ExecutionListener {

  private final FiscalCalendar calendar;

  public ScheduleDevelopmentStart(FiscalCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable("developmentStart", calendar.due(execution.getVariable("developmentStart"), calendar.now()));
  }
}
