package th.go.obec.me.process.developmentplanevaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of development-plan-evaluation's start: the configured plan's period
 * ({@code planPeriod}, e.g. "2566-2570") and its middle year ({@code midPlanYear}), which decide
 * whether this year holds the manual's mid-plan evaluation.
 */
@Component("describePlanPeriod")
public class DescribePlanPeriod implements ExecutionListener {

  private final DevelopmentPlan plan;

  public DescribePlanPeriod(DevelopmentPlan plan) {
    this.plan = plan;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable("planPeriod", plan.label());
    execution.setVariable("midPlanYear", plan.middleYear());
  }
}
