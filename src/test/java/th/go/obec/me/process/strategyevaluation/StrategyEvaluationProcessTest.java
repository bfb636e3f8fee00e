package th.go.obec.me.process.strategyevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.ProcessConstants.DATA_REQUESTS;
import static th.go.obec.me.ProcessConstants.EVALUATION_RESULTS;
import static th.go.obec.me.ProcessConstants.GROUP_HEAD_OPTIONS;
import static th.go.obec.me.ProcessConstants.STRATEGY_EVALUATION;
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

/** strategy-evaluation (catalogue 6): two study rounds, group heads' data, the director's approval loop. */
public class StrategyEvaluationProcessTest extends ProcessEngineTest {

  @Test
  void studiesInTwoRoundsThenEachGroupHeadGivesDataAndTheDirectorReturnsTheReportWithAComment() {
    ProcessInstance pi = walk();

    assertThat(pi).hasPassedInOrder("Task_StudyStrategyFirstHalf", "Timer_March", "Task_StudyStrategySecondHalf",
        "Task_DesignTools", "Task_ProvideEvaluationData", "Task_SummarizeReport", "Task_DirectorApproval",
        "Task_SummarizeReport", "Task_DirectorApproval", "Task_NotifyImprovement", "Task_ReportResults", "End_Reported")
        .isEnded();
  }

  @Test
  void groupDataRowsCarryTheGroupAndTopicOfEachRequest() {
    clockAt(at(2027, 9, 1, 9, 0));
    ProcessInstance pi = start(STRATEGY_EVALUATION);
    assertThat(pi).isWaitingAt("Task_StudyStrategyFirstHalf");
    complete(task(), study());
    fireTimer(pi, "Timer_March", at(2027, 3, 1, 8, 30));
    complete(task(), study());
    complete(task(), withVariables("toolsLink", "https://forms.example/eval", DATA_REQUESTS, json(EvaluationSteps.DATA_REQUESTS)));

    completeEach(pi, "Task_ProvideEvaluationData", LocalDate.of(2027, 10, 18), List.of("anan.w", "suda.m"), "กลุ่มบริหารงานบุคคล");

    assertThat(rows(pi, EVALUATION_RESULTS)).extracting(row -> row.prop("dataTopic").stringValue())
        .containsExactlyInAnyOrder("ตัวชี้วัดกลยุทธ์ที่ 2", "-");
    assertThat(rows(pi, EVALUATION_RESULTS)).extracting(row -> row.prop("reportedByName").stringValue())
        .contains("อนันต์ วงศ์ใหญ่");
  }

  public static ProcessInstance walk() {
    clockAt(at(2026, 10, 1, 9, 0));
    ProcessInstance pi = start(STRATEGY_EVALUATION);

    assertThat(pi).isWaitingAt("Task_StudyStrategyFirstHalf");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 2, 28);
    assertThat(taskService().getVariable(task().getId(), "studyPeriod").toString()).startsWith("ตุลาคม");
    complete(task(), study());

    fireTimer(pi, "Timer_March", at(2027, 3, 1, 8, 30));
    assertThat(pi).isWaitingAt("Task_StudyStrategySecondHalf");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 9, 30);
    assertThat(taskService().getVariable(task().getId(), "studyPeriod").toString()).startsWith("มีนาคม");
    complete(task(), study());

    assertThat(pi).isWaitingAt("Task_DesignTools");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    // the steps count back from the end of October 2570, Sunday the 31st, so from Friday the 29th
    assertDue(task(), 2027, 10, 8);
    assertThat(runtimeService().getVariable(pi.getId(), GROUP_HEAD_OPTIONS).toString())
        .contains("somsak.p").contains("anan.w").contains("suda.m").doesNotContain("napa.c");
    complete(task(), withVariables("toolsLink", "https://forms.example/eval", DATA_REQUESTS, json(EvaluationSteps.DATA_REQUESTS)));

    completeEach(pi, "Task_ProvideEvaluationData", LocalDate.of(2027, 10, 18), List.of("anan.w", "suda.m"),
        "กลุ่มส่งเสริมการจัดการศึกษา");

    assertThat(pi).isWaitingAt("Task_SummarizeReport");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 10, 22);
    complete(task(), reportDraft());
    assertDue(task(), 2027, 10, 26);
    reviewLoop(pi, "Task_SummarizeReport", "Task_DirectorApproval", OfficeRole.DIRECTOR.id());

    assertThat(pi).isWaitingAt("Task_NotifyImprovement");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 10, 29);
    complete(task(), withVariables("notifiedDate", "2027-10-29", "notifiedTo", "ทุกกลุ่มในสำนักงาน",
        "noticeLink", "https://drive.example/notice"));

    assertThat(pi).isWaitingAt("Task_ReportResults");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id());
    assertDue(task(), 2027, 10, 29);
    complete(task(), resultReport());
    return pi;
  }

  private static java.util.Map<String, Object> study() {
    return withVariables("studySummary", "กลยุทธ์ 4 ด้าน 10 ตัวชี้วัด", "studyLink", "https://drive.example/study");
  }
}
