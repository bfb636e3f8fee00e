package th.go.obec.me.process.developmentplanevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DevelopmentPlanTest {

  @Test
  void fiveYearPlanIsEvaluatedAtHalfPlanInItsThirdYear() {
    DevelopmentPlan plan = new DevelopmentPlan(new DevelopmentPlanProperties(2566, 2570));
    assertThat(plan.middleYear()).isEqualTo(2568);
    assertThat(plan.isMiddleYear(2568)).isTrue();
    assertThat(plan.isMiddleYear(2570)).isFalse();
    assertThat(plan.label()).isEqualTo("2566-2570");
  }

  @Test
  void fourYearPlanIsEvaluatedAfterItsFirstTwoYears() {
    assertThat(new DevelopmentPlan(new DevelopmentPlanProperties(2566, 2569)).middleYear()).isEqualTo(2568);
  }

  @Test
  void periodThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> new DevelopmentPlanProperties(2570, 2566)).hasMessageContaining("first-year");
  }
}
