package th.go.obec.me.process.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.Dates.bangkok;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.support.WorkingDays;
import th.go.obec.me.support.ProcessEngineTest;

/** annual-report (catalogue 10) on H2, without a website endpoint: a person publishes. */
class AnnualReportProcessTest extends ProcessEngineTest {

  @BeforeEach
  void firstOfSeptember() {
    clockAt(bangkok("2027-09-01T08:30"));
  }

  @Test
  void monitoringDraftsMemoDueEndOfSeptemberAndDirectorApprovesIt() {
    ProcessInstance pi = AnnualReportSteps.start();

    assertThat(pi).isWaitingAt("Task_DraftMemo");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-09-30T16:30")));
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), ProcessConstants.GROUP_HEAD_OPTIONS).toString())
        .contains("anan.w", "somsak.p", "suda.m");
    assertThat(pi.getBusinessKey()).isEqualTo("annual-report:2570");

    AnnualReportSteps.draftMemo(pi);
    assertThat(pi).isWaitingAt("Task_ApproveMemo");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.DIRECTOR.id()).hasDueDate(WorkingDays.due(bangkok("2027-09-30T16:30")));
  }

  @Test
  void returnsMemoWithCommentWhenDirectorRejects() {
    ProcessInstance pi = AnnualReportSteps.start();
    AnnualReportSteps.draftMemo(pi);

    complete(task(pi), withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "ระบุกำหนดส่งให้ชัด"));

    assertThat(pi).isWaitingAt("Task_DraftMemo").variables().containsEntry(ProcessConstants.COMMENT, "ระบุกำหนดส่งให้ชัด");
    assertThat(pi).hasNotPassed("Task_SendGroupResults");
    AnnualReportSteps.draftMemo(pi);
    AnnualReportSteps.approve(pi, "Task_ApproveMemo");
    assertThat(pi).isWaitingAt("Task_SendGroupResults");
  }

  @Test
  void eachChosenGroupHeadSendsTheGroupsResultsAndMonitoringSeesThemAll() {
    ProcessInstance pi = AnnualReportSteps.start();
    AnnualReportSteps.draftMemo(pi);
    AnnualReportSteps.approve(pi, "Task_ApproveMemo");

    List<Task> tasks = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SendGroupResults")
        .orderByTaskAssignee().asc().list();
    assertThat(tasks).extracting(Task::getAssignee).containsExactly("anan.w", "somsak.p", "suda.m");
    assertThat(tasks.get(0).getName()).contains("อนันต์ วงศ์ใหญ่");
    assertThat(tasks).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(WorkingDays.due(bangkok("2027-10-31T16:30"))));
    assertThat(processEngine.getTaskService().getVariables(tasks.get(2).getId()))
        .containsEntry("groupResultSummary", null);

    AnnualReportSteps.sendGroupResults(pi);

    assertThat(pi).isWaitingAt("Task_CompileResults");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id());
    SpinJsonNode results = (SpinJsonNode) processEngine.getRuntimeService().getVariable(pi.getId(), ProcessConstants.GROUP_RESULTS);
    assertThat(results.elements()).hasSize(3);
    assertThat(results.toString()).contains("ผลการดำเนินงานของกลุ่มของ suda.m", "https://drive.example/anan.w.pdf",
        "สุดา มั่นคง");
  }

  @Test
  void returnsDraftWithCommentWhenExecutivesDoNotApprovePrinting() {
    ProcessInstance pi = AnnualReportSteps.start();
    AnnualReportSteps.draftMemo(pi);
    AnnualReportSteps.approve(pi, "Task_ApproveMemo");
    AnnualReportSteps.sendGroupResults(pi);
    AnnualReportSteps.compileAndDefine(pi);
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-11-30T16:30")));
    AnnualReportSteps.draftReport(pi);

    assertThat(pi).isWaitingAt("Task_ExecutivesApprove");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.EXECUTIVES.id()).hasDueDate(WorkingDays.due(bangkok("2027-11-30T16:30")));
    complete(task(pi), withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "เพิ่มผลตามตัวชี้วัด"));

    assertThat(pi).isWaitingAt("Task_DraftReport").variables().containsEntry(ProcessConstants.COMMENT, "เพิ่มผลตามตัวชี้วัด");
    AnnualReportSteps.draftReport(pi);
    AnnualReportSteps.approve(pi, "Task_ExecutivesApprove");
    assertThat(pi).isWaitingAt("Task_CoordinateFinance");
  }

  @Test
  void financePrintsAndMonitoringPublishesByHandWhenNoWebsiteEndpointIsConfigured() {
    ProcessInstance pi = AnnualReportSteps.start();
    AnnualReportSteps.draftMemo(pi);
    AnnualReportSteps.approve(pi, "Task_ApproveMemo");
    AnnualReportSteps.sendGroupResults(pi);
    AnnualReportSteps.compileAndDefine(pi);
    AnnualReportSteps.draftReport(pi);
    AnnualReportSteps.approve(pi, "Task_ExecutivesApprove");

    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-12-31T16:30")));
    complete(task(pi), withVariables("printRequestNumber", "ศธ 04xxx/400", "printRequestDate", "2027-12-01",
        "printCopies", 150, "printMasterLink", "https://drive.example/final-2570.pdf"));
    assertThat(pi).isWaitingAt("Task_PrintReport");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.FINANCE.id()).hasDueDate(WorkingDays.due(bangkok("2027-12-31T16:30")));
    complete(task(pi), withVariables("printedDate", "2027-12-15", "printedCopies", 150,
        "procurementReference", "จ้าง 12/2571"));
    assertThat(pi).isWaitingAt("Task_RecordAndCirculate");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id());
    complete(task(pi), withVariables("circulationNumber", "ศธ 04xxx/ว 55", "circulationDate", "2027-12-18",
        "recipients", "ทุกกลุ่มงาน", ProcessConstants.REPORT_URL, AnnualReportSteps.REPORT_URL));

    assertThat(pi).isWaitingAt("Task_PublishManually").hasNotPassed("Task_PublishOnWebsite");
    assertThat(task(pi)).hasCandidateGroup(OfficeRole.MONITORING.id()).hasDueDate(WorkingDays.due(bangkok("2027-12-31T16:30")));
    complete(task(pi), withVariables(ProcessConstants.PUBLISHED_URL, "https://esa.example/annual-2570", "publishedDate", "2027-12-20"));

    assertThat(pi).isEnded().hasPassed("End_Published").variables()
        .containsEntry(ProcessConstants.PUBLISHED_URL, "https://esa.example/annual-2570");
  }

  @Test
  void refusesToCompleteTheDraftWithoutItsSubject() {
    ProcessInstance pi = AnnualReportSteps.start();
    String taskId = task(pi).getId();

    // The memo's link is optional since the process writes the memo itself (documents/OfficeLetters).
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId,
            withVariables("memoNumber", "1", "memoDate", "2027-09-03")))
        .hasMessageContaining("memoTitle");
    assertThat(pi).isWaitingAt("Task_DraftMemo");
  }
}
