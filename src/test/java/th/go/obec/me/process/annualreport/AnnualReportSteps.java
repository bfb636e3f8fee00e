package th.go.obec.me.process.annual;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.calendar.FiscalCalendar;

/** The annual report walked as its people would, shared by the annual-report tests. */
final class AnnualReportSteps {

  static final int FISCAL_YEAR = 2570;
  static final List<String> GROUP_HEADS = List.of("anan.w", "somsak.p", "suda.m");
  static final String REPORT_URL = "https://drive.example/annual-2570.pdf";

  private AnnualReportSteps() {
  }

  static Date bangkok(String localDateTime) {
    return Date.from(ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), FiscalCalendar.BANGKOK).toInstant());
  }

  static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(ProcessConstants.ANNUAL_REPORT,
        withVariables(ProcessConstants.FISCAL_YEAR, FISCAL_YEAR));
  }

  static void draftMemo(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_DraftMemo");
    complete(task(pi), withVariables(
        "memoTitle", "ขอจัดทำรายงานผลการดำเนินงานประจำปีงบประมาณ 2570",
        "memoNumber", "ศธ 04xxx/321",
        "memoDate", "2027-09-03",
        "memoLink", "https://drive.example/memo-321.pdf",
        "groupHeads", SpinValues.jsonValue("[\"anan.w\",\"somsak.p\",\"suda.m\"]").create()));
  }

  static void approve(ProcessInstance pi, String taskId) {
    assertThat(pi).isWaitingAt(taskId);
    complete(task(pi), withVariables(ProcessConstants.APPROVED, true, ProcessConstants.COMMENT, ""));
  }

  static void sendGroupResults(ProcessInstance pi) {
    // submitted as Tasklist does (submit-form): each head's answers stay the head's own task's
    for (String head : GROUP_HEADS) {
      formService().submitTaskForm(taskQuery().processInstanceId(pi.getId()).taskAssignee(head).singleResult().getId(), withVariables(
          "groupResultSummary", "ผลการดำเนินงานของกลุ่มของ " + head,
          "groupResultLink", "https://drive.example/" + head + ".pdf"));
    }
  }

  static void compileAndDefine(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_CompileResults");
    complete(task(pi), withVariables("analysisSummary", "ผลการวิเคราะห์ตลอดปี",
        "compiledDataLink", "https://drive.example/compiled.xlsx"));
    assertThat(pi).isWaitingAt("Task_DefinePresentation");
    complete(task(pi), withVariables("presentationMethod", "อินโฟกราฟิกและรูปเล่ม",
        "reportOutline", "บทนำ ผลตามกลยุทธ์ ข้อเสนอแนะ"));
  }

  static void draftReport(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_DraftReport");
    complete(task(pi), withVariables("reportTitle", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2570",
        "reportDraftLink", "https://drive.example/draft-2570.pdf"));
  }

  static void printAndCirculate(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_CoordinateFinance");
    complete(task(pi), withVariables("printRequestNumber", "ศธ 04xxx/400", "printRequestDate", "2027-12-01",
        "printCopies", 150, "printMasterLink", "https://drive.example/final-2570.pdf"));
    assertThat(pi).isWaitingAt("Task_PrintReport");
    complete(task(pi), withVariables("printedDate", "2027-12-15", "printedCopies", 150,
        "procurementReference", "จ้าง 12/2571"));
    assertThat(pi).isWaitingAt("Task_RecordAndCirculate");
    complete(task(pi), withVariables("circulationNumber", "ศธ 04xxx/ว 55", "circulationDate", "2027-12-18",
        "recipients", "ผู้อำนวยการ รองผู้อำนวยการ ทุกกลุ่มงาน สถานศึกษา", "reportUrl", REPORT_URL));
  }

  /** From the start to the publishing step, approving everything on the first pass. */
  static ProcessInstance walkToPublishing() {
    ProcessInstance pi = start();
    draftMemo(pi);
    approve(pi, "Task_ApproveMemo");
    sendGroupResults(pi);
    compileAndDefine(pi);
    draftReport(pi);
    approve(pi, "Task_ExecutivesApprove");
    printAndCirculate(pi);
    return pi;
  }
}
