package th.go.obec.me.process.actionplanevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.ProcessConstants.ACTION_PLAN_EVALUATION;
import static th.go.obec.me.ProcessConstants.EVALUATION_RESULTS;
import static th.go.obec.me.ProcessConstants.PROJECTS;
import static th.go.obec.me.ProcessConstants.PROJECT_OWNER_OPTIONS;
import static th.go.obec.me.support.Dates.assertDue;
import static th.go.obec.me.support.Dates.at;
import static th.go.obec.me.process.common.EvaluationSteps.completeEach;
import static th.go.obec.me.support.EngineClock.fireTimer;
import static th.go.obec.me.support.Json.json;
import static th.go.obec.me.process.common.EvaluationSteps.reportDraft;
import static th.go.obec.me.process.common.EvaluationSteps.resultReport;
import static th.go.obec.me.process.common.EvaluationSteps.reviewLoop;
import static th.go.obec.me.support.Json.rows;
import static th.go.obec.me.process.common.EvaluationSteps.start;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.process.common.EvaluationSteps;
import th.go.obec.me.support.ProcessEngineTest;

/** action-plan-evaluation (catalogue 8): study in March-April, project owners evaluate in September, executives review. */
public class ActionPlanEvaluationProcessTest extends ProcessEngineTest {

  @Test
  void eachProjectOwnerEvaluatesTheirProjectAndExecutivesReturnTheSummaryWithAComment() {
    ProcessInstance pi = walk();

    assertThat(pi).hasPassedInOrder("Task_StudyActionPlan", "Timer_September", "Task_CreateEvaluationForm",
        "Task_EvaluateProject", "Task_SummarizeEvaluation", "Task_ExecutivesReview", "Task_SummarizeEvaluation",
        "Task_ExecutivesReview", "Task_ReportResults", "End_Reported").isEnded();
  }

  @Test
  void evaluationRowsNameTheProjectAndItsOwner() {
    clockAt(at(2027, 3, 1, 9, 0));
    ProcessInstance pi = start(ACTION_PLAN_EVALUATION);
    assertThat(pi).isWaitingAt("Task_StudyActionPlan");
    complete(task(), study());
    fireTimer(pi, "Timer_September", at(2027, 9, 1, 8, 30));
    complete(task(), withVariables("evaluationFormLink", "https://forms.example/ap", PROJECTS, json(EvaluationSteps.PROJECTS)));

    // the steps count back from the end of October 2570, Sunday the 31st, so from Friday the 29th
    // (16 days before is the 13th, วันนวมินทรมหาราช: the 12th)
    completeEach(pi, "Task_EvaluateProject", LocalDate.of(2027, 10, 12), List.of("anan.w", "napa.c", "prasit.b"),
        "ส่งเสริมสุขภาพนักเรียน");

    assertThat(rows(pi, EVALUATION_RESULTS)).extracting(row -> row.prop("projectCode").stringValue() + ":"
        + row.prop("reportedBy").stringValue()).containsExactlyInAnyOrder("P01:anan.w", "P02:napa.c", "P03:prasit.b");
  }

  public static ProcessInstance walk() {
    clockAt(at(2027, 3, 1, 9, 0));
    ProcessInstance pi = start(ACTION_PLAN_EVALUATION);

    assertThat(pi).isWaitingAt("Task_StudyActionPlan");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 4, 30);
    complete(task(), study());

    fireTimer(pi, "Timer_September", at(2027, 9, 1, 8, 30));
    assertThat(pi).isWaitingAt("Task_CreateEvaluationForm");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 9, 30);
    assertThat(runtimeService().getVariable(pi.getId(), PROJECT_OWNER_OPTIONS).toString())
        .contains("kanya.t").contains("prasit.b").doesNotContain("wichai.s");
    complete(task(), withVariables("evaluationFormLink", "https://forms.example/ap", PROJECTS, json(EvaluationSteps.PROJECTS)));

    // the steps count back from the end of October 2570, Sunday the 31st, so from Friday the 29th
    // (16 days before is the 13th, วันนวมินทรมหาราช: the 12th)
    completeEach(pi, "Task_EvaluateProject", LocalDate.of(2027, 10, 12), List.of("anan.w", "napa.c", "prasit.b"),
        "พัฒนาคุณภาพการอ่าน");

    assertThat(pi).isWaitingAt("Task_SummarizeEvaluation");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 10, 20);
    complete(task(), reportDraft());
    assertDue(task(), 2027, 10, 26);
    reviewLoop(pi, "Task_SummarizeEvaluation", "Task_ExecutivesReview", OfficeRole.EXECUTIVES.id());

    assertThat(pi).isWaitingAt("Task_ReportResults");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 10, 29);
    complete(task(), resultReport());
    return pi;
  }

  private static java.util.Map<String, Object> study() {
    return withVariables("studySummary", "แผนปฏิบัติการ 3 โครงการ", "actionPlanLink", "https://drive.example/ap-2570");
  }
}
