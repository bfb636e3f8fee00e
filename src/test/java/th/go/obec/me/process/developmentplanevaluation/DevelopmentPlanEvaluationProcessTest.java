package th.go.obec.me.process.developmentplanevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.ProcessConstants.DATA_REQUESTS;
import static th.go.obec.me.ProcessConstants.DEVELOPMENT_PLAN_EVALUATION;
import static th.go.obec.me.ProcessConstants.MID_PLAN_YEAR;
import static th.go.obec.me.ProcessConstants.PLAN_PERIOD;
import static th.go.obec.me.support.Dates.assertDue;
import static th.go.obec.me.support.Dates.at;
import static th.go.obec.me.process.common.EvaluationSteps.completeEach;
import static th.go.obec.me.support.EngineClock.fireTimer;
import static th.go.obec.me.support.Json.json;
import static th.go.obec.me.process.common.EvaluationSteps.reportDraft;
import static th.go.obec.me.process.common.EvaluationSteps.resultReport;
import static th.go.obec.me.process.common.EvaluationSteps.reviewLoop;
import static th.go.obec.me.process.common.EvaluationSteps.start;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.process.common.EvaluationSteps;
import th.go.obec.me.support.ProcessEngineTest;

/**
 * development-plan-evaluation (catalogue 7) with the default plan 2566-2570, whose middle year is
 * 2568: in 2570 the mid-plan step is skipped. The middle-year path runs in {@link th.go.obec.me.process.ProcessesOnPostgresTest}.
 */
public class DevelopmentPlanEvaluationProcessTest extends ProcessEngineTest {

  @Test
  void skipsTheMidPlanStepOutsideTheMiddleYearAndWaitsForMarch() {
    clockAt(at(2026, 10, 1, 9, 0));
    ProcessInstance pi = start(DEVELOPMENT_PLAN_EVALUATION);

    assertThat(runtimeService().getVariable(pi.getId(), PLAN_PERIOD)).isEqualTo("2566-2570");
    assertThat(runtimeService().getVariable(pi.getId(), MID_PLAN_YEAR)).isEqualTo(2568);
    assertThat(pi).isWaitingAt("Timer_March").hasNotPassed("Task_MidPlanEvaluation");
  }

  @Test
  void groupHeadsEvaluateInSeptemberAndExecutivesReturnTheSummaryWithAComment() {
    ProcessInstance pi = walk(false);

    assertThat(pi).hasPassedInOrder("Gateway_MiddleYear", "Timer_March", "Task_CreateEvaluationForm",
        "Timer_September", "Task_ParticipatoryEvaluation", "Task_SummarizeEvaluation", "Task_ExecutivesReview",
        "Task_SummarizeEvaluation", "Task_ExecutivesReview", "Task_ReportResults", "End_Reported")
        .hasNotPassed("Task_MidPlanEvaluation").isEnded();
  }

  /** The whole year; {@code middleYear} says whether the configured plan makes 2570 its middle year. */
  public static ProcessInstance walk(boolean middleYear) {
    clockAt(at(2026, 10, 1, 9, 0));
    ProcessInstance pi = start(DEVELOPMENT_PLAN_EVALUATION);

    if (middleYear) {
      assertThat(pi).isWaitingAt("Task_MidPlanEvaluation");
      assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
      assertDue(task(), 2027, 2, 28);
      complete(task(), withVariables("midPlanSummary", "ครึ่งแผนบรรลุเป้าหมายร้อยละ 60",
          "midPlanSuggestions", "เร่งรัดกลยุทธ์ที่ 3", "midPlanReportLink", "https://drive.example/mid-plan"));
    } else {
      fireTimer(pi, "Timer_March", at(2027, 3, 1, 8, 30));
    }

    assertThat(pi).isWaitingAt("Task_CreateEvaluationForm");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 3, 31);
    complete(task(), withVariables("evaluationFormLink", "https://forms.example/devplan",
        DATA_REQUESTS, json(EvaluationSteps.DATA_REQUESTS)));

    fireTimer(pi, "Timer_September", at(2027, 9, 1, 8, 30));
    // the steps count back from the end of October 2570, Sunday the 31st, so from Friday the 29th
    // (16 days before is the 13th, วันนวมินทรมหาราช: the 12th)
    completeEach(pi, "Task_ParticipatoryEvaluation", LocalDate.of(2027, 10, 12), List.of("anan.w", "suda.m"),
        "กลุ่มส่งเสริมการจัดการศึกษา");

    assertThat(pi).isWaitingAt("Task_SummarizeEvaluation");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 10, 20);
    complete(task(), reportDraft());
    assertDue(task(), 2027, 10, 29);
    reviewLoop(pi, "Task_SummarizeEvaluation", "Task_ExecutivesReview", OfficeRole.EXECUTIVES.id());

    assertThat(pi).isWaitingAt("Task_ReportResults");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 11, 30);
    complete(task(), resultReport());
    return pi;
  }
}
