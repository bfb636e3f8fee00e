package th.go.obec.me.process.mesystemdevelopment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;

import th.go.obec.me.support.Steps;

/** me-system-development walked as the monitoring staff and the planning head would. */
public final class MeSystemDevelopmentSteps {

  private MeSystemDevelopmentSteps() {
  }

  public static void studies(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_StudyContext");
    complete(task(pi), withVariables("contextFindings", "รายงานซ้ำซ้อนหลายระบบ", "researchIdea", "ระบบเดียวรายงานหลายหน่วยงาน",
        "contextReportLink", "https://drive.example/context.pdf"));
    assertThat(pi).isWaitingAt("Task_StudyKnowledge");
    complete(task(pi), withVariables("knowledgeSummary", "แนวคิด R&D และแดชบอร์ด", "knowledgeLink", "https://drive.example/k.pdf"));
    assertThat(pi).isWaitingAt("Task_StudyOtherSystems");
    complete(task(pi), withVariables("otherSystemsSummary", "E-MES, eMENSCR", "otherSystemsLink", "https://drive.example/o.pdf"));
  }

  public static void framework(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_DraftFramework");
    complete(task(pi), withVariables("frameworkSummary", "องค์ประกอบ 5 ด้าน", "frameworkLink", "https://drive.example/f.pdf"));
  }

  public static void system(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_DevelopSystem");
    complete(task(pi), withVariables("systemDescription", "ระบบติดตามออนไลน์ ทดลองใช้ 20 โรงเรียน",
        "systemLink", "https://me.esa.example", "researchReportLink", "https://drive.example/rd.pdf"));
  }

  public static void review(ProcessInstance pi, String taskId, boolean approved, String comment) {
    Steps.review(pi, taskId, approved, comment);
  }

  public static void disseminate(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_Disseminate");
    complete(task(pi), withVariables("disseminationChannels", "หนังสือแจ้งสถานศึกษา และประชุมชี้แจง",
        "disseminationDate", "2027-09-01", "disseminationLink", "https://esa.example/news/me-system"));
  }
}
