package th.go.obec.me.process.emesreport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.Dates.bangkok;
import static th.go.obec.me.support.Json.json;
import static th.go.obec.me.process.emesreport.EmesReportWalk.meeting;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.support.WorkingDays;
import th.go.obec.me.support.ProcessEngineTest;

/** emes-report on H2: starts, due dates, the signing loop and the readiness loop. */
class EmesReportProcessTest extends ProcessEngineTest {

  private EmesReportWalk walk;

  @BeforeEach
  void february2027() {
    clockAt(bangkok("2027-02-01T09:00"));
    walk = new EmesReportWalk(processEngine);
  }

  @Test
  void startsFromObecsMessageWithTheRoundInTheBusinessKeyAndCountsDueDatesBackFromTheDeadline() {
    ProcessInstance pi = walk.requestedByObec("1", "2027-03-31");

    assertThat(pi).isStarted().hasBusinessKey("emes-report:2570:1").isWaitingAt("Task_StudyPolicy");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-02-03T16:30")));
    complete(task(), withVariables("studySummary", "สรุป"));
    assertThat(task()).hasDefinitionKey("Task_AttendTraining").hasDueDate(WorkingDays.due(bangkok("2027-02-10T16:30")));
    complete(task(), withVariables("trainingDate", "2027-02-08", "trainingAttendees", "สมชาย", "trainingNotes", "แนวทาง"));
    assertThat(task()).hasDefinitionKey("Task_DraftMonitoringPlan").hasDueDate(WorkingDays.due(bangkok("2027-02-17T16:30")));
    complete(task(), withVariables("monitoringPlanLink", "https://drive.example/plan"));
    assertThat(task()).hasDefinitionKey("Task_BuildIndicatorTool").hasDueDate(WorkingDays.due(bangkok("2027-02-24T16:30")));
  }

  @Test
  void startsByHandWithTheStartFormAndFallsBackToTheConfiguredDeadline() {
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessConstants.EMES_REPORT).latestVersion().singleResult().getId();

    ProcessInstance pi = processEngine.getFormService().submitStartForm(definitionId,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570L, ProcessConstants.ROUND, "2"));

    assertThat(pi).hasBusinessKey("emes-report:2570:2").isWaitingAt("Task_StudyPolicy");
    Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), ProcessConstants.EMES_SUBMISSION_DUE))
        .isEqualTo(bangkok("2027-09-30T16:30"));
    assertThat(task()).hasDueDate(WorkingDays.due(bangkok("2027-08-05T16:30")));
  }

  @Test
  void refusesAStartWithoutTheRound() {
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessConstants.EMES_REPORT).latestVersion().singleResult().getId();

    assertThatThrownBy(() -> processEngine.getFormService().submitStartForm(definitionId,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570L))).hasMessageContaining(ProcessConstants.ROUND);
    assertThatThrownBy(() -> processEngine.getRuntimeService().createMessageCorrelation(ProcessConstants.MSG_EMES_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, 2570).correlateStartMessage()).hasMessageContaining(ProcessConstants.ROUND);
    Assertions.assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void refusesASecondRequestForARoundThatIsRunning() {
    walk.requestedByObec("1", "2027-03-31");

    assertThatThrownBy(() -> walk.requestedByObec("1", "2027-04-15")).hasMessageContaining("emes-report:2570:1");
    Assertions.assertThat(walk.requestedByObec("2", "2027-09-15").getBusinessKey()).isEqualTo("emes-report:2570:2");
  }

  @Test
  void offersTheIndicatorOwnersAndRefusesAnIndicatorWithoutOwner() {
    ProcessInstance pi = walk.requestedByObec("1", "2027-03-31");
    complete(task(), withVariables("studySummary", "สรุป"));
    complete(task(), withVariables("trainingDate", "2027-02-08", "trainingAttendees", "สมชาย", "trainingNotes", "แนวทาง"));
    complete(task(), withVariables("monitoringPlanLink", "https://drive.example/plan"));
    complete(task(), withVariables("toolLink", "https://forms.example/emes", ProcessConstants.EMES_INDICATORS, json(EmesReportWalk.INDICATORS)));

    assertThat(pi).isWaitingAt("Task_AssignIndicatorOwners");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-03-01T16:30")));
    Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), ProcessConstants.OWNER_OPTIONS).toString())
        .contains("anan.w", "suda.m", "napa.c", "malee.r").doesNotContain("somchai.j");

    String ownerless = EmesReportWalk.OWNED_INDICATORS.replace("\"owner\":\"napa.c\"", "\"owner\":\"\"");
    assertThatThrownBy(() -> complete(task(), meeting(ProcessConstants.EMES_INDICATORS, json(ownerless))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("2.1");
    String outsider = EmesReportWalk.OWNED_INDICATORS.replace("napa.c", "ratana.n");
    assertThatThrownBy(() -> complete(task(), meeting(ProcessConstants.EMES_INDICATORS, json(outsider))))
        .hasMessageContaining("indicator-owners");
    assertThat(pi).isWaitingAt("Task_AssignIndicatorOwners");
  }

  @Test
  void refusesAnIndicatorListWithTheSameCodeTwice() {
    walk.requestedByObec("1", "2027-03-31");
    complete(task(), withVariables("studySummary", "สรุป"));
    complete(task(), withVariables("trainingDate", "2027-02-08", "trainingAttendees", "สมชาย", "trainingNotes", "แนวทาง"));
    complete(task(), withVariables("monitoringPlanLink", "https://drive.example/plan"));

    assertThatThrownBy(() -> complete(task(), withVariables("toolLink", "https://forms.example/emes",
        ProcessConstants.EMES_INDICATORS, json("[{\"code\":\"1.1\",\"name\":\"ก\"},{\"code\":\"1.1\",\"name\":\"ข\"}]"))))
        .hasMessageContaining("1.1");
    assertThatThrownBy(() -> complete(task(), withVariables("toolLink", "https://forms.example/emes",
        ProcessConstants.EMES_INDICATORS, json("[]")))).isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void returnsTheOrderWithTheCommentWhenTheDirectorDoesNotSign() {
    ProcessInstance pi = walk.requestedByObec("1", "2027-03-31");
    walk.prepareIndicators();

    assertThat(task()).hasDefinitionKey("Task_DraftCommitteeOrder").hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(WorkingDays.due(bangkok("2027-03-03T16:30")));
    complete(task(), EmesReportWalk.order());
    assertThat(task()).hasDefinitionKey("Task_SignCommitteeOrder").hasCandidateGroup(OfficeRole.DIRECTOR.id())
        .hasDueDate(WorkingDays.due(bangkok("2027-03-06T16:30")));
    complete(task(), withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "เพิ่มผู้รับผิดชอบตัวชี้วัดในคณะทำงาน"));

    assertThat(pi).isWaitingAt("Task_DraftCommitteeOrder").hasPassed("Gateway_OrderSigned");
    Assertions.assertThat(processEngine.getTaskService().getVariable(task().getId(), ProcessConstants.COMMENT))
        .isEqualTo("เพิ่มผู้รับผิดชอบตัวชี้วัดในคณะทำงาน");
    complete(task(), EmesReportWalk.order());
    complete(task("Task_SignCommitteeOrder"), withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "แก้เลขที่คำสั่ง"));
    complete(task("Task_DraftCommitteeOrder"), EmesReportWalk.order());
    complete(task("Task_SignCommitteeOrder"), withVariables(ProcessConstants.APPROVED, true));

    assertThat(pi).isWaitingAt("Task_ReportIndicator");
  }

  @Test
  void givesEachIndicatorToItsOwnerWithTheIndicatorInTheTaskName() {
    ProcessInstance pi = walk.requestedByObec("1", "2027-03-31");
    walk.prepareIndicators();
    walk.orderSigned();

    List<Task> reports = walk.reports("Task_ReportIndicator");
    Assertions.assertThat(reports).extracting(Task::getAssignee).containsExactly("anan.w", "napa.c", "suda.m");
    Assertions.assertThat(reports).extracting(Task::getName).containsExactly(
        "รายงานผลการดำเนินงานตัวชี้วัด 1.1 การบริหารจัดการงบประมาณ",
        "รายงานผลการดำเนินงานตัวชี้วัด 2.1 การนิเทศ ติดตาม",
        "รายงานผลการดำเนินงานตัวชี้วัด 1.2 คุณภาพผู้เรียน");
    Assertions.assertThat(reports).extracting(Task::getDueDate).containsOnly(WorkingDays.due(bangkok("2027-03-13T16:30")));

    complete(reports.get(0), withVariables("indicatorResult", "เบิกจ่ายร้อยละ 60", "evidenceLink", "https://drive.example/1.1"));
    // the next owner's form starts empty: what the first owner entered stays with indicator 1.1
    Assertions.assertThat(processEngine.getTaskService().getVariable(reports.get(1).getId(), "indicatorResult")).isNull();
    assertThatThrownBy(() -> complete(reports.get(1), withVariables("indicatorResult", "ผล")))
        .hasMessageContaining("evidenceLink");
    walk.everyOwnerReportsTheRest();

    assertThat(pi).isWaitingAt("Task_CompileData");
    Assertions.assertThat(processEngine.getRuntimeService().getVariables(pi.getId())).doesNotContainKey("indicatorResult");
    Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), ProcessConstants.EMES_INDICATORS).toString())
        .contains("\"indicatorResult\":\"เบิกจ่ายร้อยละ 60\"").contains("https://drive.example/suda.m");
  }

  @Test
  void sendsOnlyTheIncompleteIndicatorsBackToTheirOwnersAndThenToScreeningAgain() {
    ProcessInstance pi = walk.requestedByObec("1", "2027-03-31");
    walk.prepareIndicators();
    walk.orderSigned();
    walk.everyOwnerReports();
    walk.compiledAndScreened();
    assertThat(pi).hasPassed("Task_ScreenData");

    assertThat(task()).hasDefinitionKey("Task_ReadinessMeeting").hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(WorkingDays.due(bangkok("2027-03-23T16:30")));
    walk.readinessMeeting("1.2", "2.1");

    List<Task> revisions = walk.reports("Task_ReviseIndicator");
    Assertions.assertThat(revisions).extracting(Task::getAssignee).containsExactly("napa.c", "suda.m");
    Assertions.assertThat(revisions).extracting(Task::getName).containsExactly(
        "แก้ไขและปรับปรุงข้อมูลตัวชี้วัด 2.1 การนิเทศ ติดตาม", "แก้ไขและปรับปรุงข้อมูลตัวชี้วัด 1.2 คุณภาพผู้เรียน");
    Task suda = revisions.get(1);
    Assertions.assertThat(suda.getDueDate()).isEqualTo(bangkok("2027-03-26T16:30"));
    Assertions.assertThat(processEngine.getTaskService().getVariable(suda.getId(), ProcessConstants.EMES_REVISION_NOTES))
        .isEqualTo("เพิ่มหลักฐานภาพกิจกรรม");
    Assertions.assertThat(processEngine.getTaskService().getVariable(suda.getId(), "indicatorResult"))
        .isEqualTo("ผลของ suda.m");

    complete(suda, withVariables("indicatorResult", "ผลที่แก้ไขแล้ว", "evidenceLink", "https://drive.example/1.2-v2"));
    complete(revisions.get(0), withVariables("indicatorResult", "ผล 2.1 ที่แก้ไข", "evidenceLink", "https://drive.example/2.1-v2"));

    assertThat(pi).isWaitingAt("Task_ScreenData").hasPassed("Task_ReviseIndicator");
    assertThat(task()).hasCandidateGroup(OfficeRole.ME_COMMITTEE.id());
    walk.screened();
    walk.readinessMeeting("1.2");
    Assertions.assertThat(walk.reports("Task_ReviseIndicator")).extracting(Task::getAssignee).containsExactly("suda.m");
    complete(task("Task_ReviseIndicator"), withVariables("indicatorResult", "ครั้งที่สาม", "evidenceLink", "https://drive.example/1.2-v3"));
    walk.screened();
    walk.readinessMeeting();

    assertThat(pi).isWaitingAt("Task_SummaryMeeting");
    Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), ProcessConstants.EMES_INDICATORS).toString())
        .contains("ครั้งที่สาม").contains("ผล 2.1 ที่แก้ไข").contains("ผลของ anan.w").doesNotContain("\"needsRevision\":true");
  }

  @Test
  void submissionIsDueAtObecsDeadlineAndShowsTheConfiguredEmesAddress() {
    ProcessInstance pi = walk.requestedByObec("1", "2027-03-31");
    walk.prepareIndicators();
    walk.orderSigned();
    walk.everyOwnerReports();
    walk.compiledAndScreened();
    walk.readinessMeeting();
    complete(task("Task_SummaryMeeting"), meeting("summaryReportLink", "https://drive.example/summary"));

    assertThat(pi).isWaitingAt("Task_SubmitEmes");
    assertThat(task()).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-03-31T16:30")));
    Assertions.assertThat(processEngine.getTaskService().getVariable(task().getId(), "emesUrl"))
        .isEqualTo("http://eva65.learningobec.com/login.php");
    assertThatThrownBy(() -> complete(task(), withVariables("submittedOn", "2027-03-30",
        "submissionEvidenceLink", "https://drive.example/shot"))).hasMessageContaining("submissionReference");
  }

  @Test
  void afterTheSubmissionSummarizesForNextYearAndPreparesForObecsFollowUp() {
    ProcessInstance pi = walk.requestedByObec("1", "2027-03-31");
    walk.prepareIndicators();
    walk.orderSigned();
    walk.everyOwnerReports();
    walk.compiledAndScreened();
    walk.readinessMeeting();
    complete(task("Task_SummaryMeeting"), meeting("summaryReportLink", "https://drive.example/summary"));
    complete(task("Task_SubmitEmes"), withVariables("submittedOn", "2027-03-30", "submissionReference", "EMES-1",
        "submissionEvidenceLink", "https://drive.example/shot"));

    assertThat(task()).hasDefinitionKey("Task_SummarizeForNextYear").hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(WorkingDays.due(bangkok("2027-04-30T16:30")));
    complete(task(), withVariables("nextYearSummaryLink", "https://drive.example/next", "notifiedOn", "2027-04-20",
        "notifiedTo", "ทุกกลุ่ม"));
    assertThat(task()).hasDefinitionKey("Task_PrepareFollowUp").hasCandidateGroup(OfficeRole.MONITORING.id())
        .hasDueDate(WorkingDays.due(bangkok("2027-05-15T16:30")));
    complete(task(), withVariables("followUpFolderLink", "https://drive.example/evidence", "preparedOn", "2027-05-10"));

    assertThat(pi).isEnded().hasPassed("End_Reported");
  }
}
