package th.go.obec.me.process.developmentplanevaluation;

import org.springframework.stereotype.Component;

/**
 * The development plan's period for BPMN expressions: the mid-plan evaluation
 * (ประเมินผลระยะครึ่งแผน) runs only in the plan's middle year
 * ({@code ${developmentPlan.isMiddleYear(fiscalYear)}}).
 *
 * <p>The middle year is the first fiscal year after the first half of the plan has ended:
 * {@code firstYear + years / 2} with {@code years = lastYear - firstYear + 1} (integer division).
 * A five-year plan 2566-2570 is evaluated at half-plan in 2568 (after 2566 and 2567); a four-year
 * plan 2566-2569 also in 2568 (after its first two years).
 */
@Component("developmentPlan")
public class DevelopmentPlan {

  private final DevelopmentPlanProperties period;

  public DevelopmentPlan(DevelopmentPlanProperties period) {
    this.period = period;
  }

  public int firstYear() {
    return period.firstYear();
  }

  public int lastYear() {
    return period.lastYear();
  }

  public int middleYear() {
    int years = period.lastYear() - period.firstYear() + 1;
    return period.firstYear() + years / 2;
  }

  public boolean isMiddleYear(int fiscalYear) {
    return fiscalYear == middleYear();
  }

  /** "2566-2570", for forms and documents. */
  public String label() {
    return period.firstYear() + "-" + period.lastYear();
  }
}
