package th.go.obec.me.process.emenscrreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static th.go.obec.me.support.LocalSteps.clockAt;
import static th.go.obec.me.support.LocalSteps.completeStep;
import static th.go.obec.me.support.LocalSteps.due;
import static th.go.obec.me.support.LocalSteps.json;
import static th.go.obec.me.support.LocalSteps.startForm;
import static th.go.obec.me.support.LocalSteps.tasks;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Bindable;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.LocalBeans;
import th.go.obec.me.support.LocalProcessEngine;

/**
 * emenscr-report alone on the local engine. Real beans: {@code fiscalCalendar} (due dates) and
 * {@code emenscrSettings} with the office's configuration (the committee orders it lists, the
 * quarter-end timers and the quarter's due date). Stubs: the per-project list of a quarter (a copy
 * of the projects), the quarter check's "nothing incomplete?" and the projects sent back, because
 * the quarter's per-person tasks and its review loop depend on them. Everything else (letters,
 * owners' options, per-person answers) is a default mock.
 */
@Deployment(resources = "processes/emenscr-report.bpmn")
class EmenscrReportLocalTest {

  private static final String PROJECTS = "[{\"code\":\"P01\",\"name\":\"พัฒนาคุณภาพผู้เรียน\",\"owner\":\"kanya.t\"},"
      + "{\"code\":\"P02\",\"name\":\"นิเทศ ติดตาม\",\"owner\":\"anan.w\"}]";

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  /** The last month of each quarter, when the quarter's timer fires. */
  private static final List<Integer> QUARTER_ENDS = List.of(12, 3, 6, 9);

  @BeforeEach
  void beans() {
    clockAt("2026-10-05T09:00");
    // the settings and, in the diagram of named beans, the entry deadline, the committees, the quarters
    beans.real("emenscrSettings", "emenscrEntryDue", "emenscrCommittees", "emenscrQuarters", "openQuarter",
        "openCommitteeOrder");
    beans.answer("workItems", "copy", call -> call.arguments().get(0));
    beans.answer("workItems", "noneSelected", call -> {
      Object selected = call.arguments().get(0);
      return selected == null || selected.toString().equals("[]");
    });
    beans.answer("workItems", "returned", call -> List.of(Spin.JSON(PROJECTS).elements().get(1)));
    beans.answer("personAnswers", "noneSelected", call -> {
      Object selected = call.arguments().get(0);
      return selected == null || selected.toString().equals("[]");
    });
    beans.answer("personAnswers", "toRevise", call -> List.of(Spin.JSON(PROJECTS).elements().get(1)));
  }

  @Test
  void walksFromObecsRequestThroughTheAnnouncementTheCommitteeOrdersAndFourQuartersToTheEnd() {
    ProcessInstance pi = runtimeService().createMessageCorrelation(ProcessConstants.MSG_EMENSCR_REQUESTED)
        .setVariable(ProcessConstants.FISCAL_YEAR, 2570).correlateStartMessage();

    // no deadline from OBEC: projects are entered by the configured end of December
    assertThat(pi).hasPassed("Start_EmenscrRequested").isWaitingAt("Task_StudyPolicy");
    assertThat(task()).hasCandidateGroup("monitoring");
    completeStep(pi, "Task_StudyPolicy", Map.of());
    assertThat(task()).hasDefinitionKey("Task_AttendTraining").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_AttendTraining", Map.of());
    assertThat(task()).hasDefinitionKey("Task_AssignProjectOwners").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_AssignProjectOwners", withVariables(ProcessConstants.PROJECTS, json(PROJECTS)));

    // the announcement: returned once, then signed
    assertThat(task()).hasDefinitionKey("Task_DraftAnnouncement").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_DraftAnnouncement", Map.of());
    assertThat(beans.called("Task_DraftAnnouncement", "draft")).as(beans.calls().toString()).isTrue();
    assertThat(task()).hasDefinitionKey("Task_SignAnnouncement").hasCandidateGroup("director");
    completeStep(pi, "Task_SignAnnouncement", withVariables(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, "แก้"));
    assertThat(pi).hasPassed("Gateway_AnnouncementSigned").isWaitingAt("Task_DraftAnnouncement");
    completeStep(pi, "Task_DraftAnnouncement", Map.of());
    completeStep(pi, "Task_SignAnnouncement", withVariables(ProcessConstants.APPROVED, true));
    assertThat(beans.called("Task_SignAnnouncement", "sign")).isTrue();

    // one order per configured committee, side by side; the first is returned once
    List<Task> drafts = tasks(pi, "Task_DraftCommitteeOrder");
    assertThat(drafts).hasSize(LocalProcessEngine.setting("me.emenscr.committee-titles", Bindable.listOf(String.class)).size()).allSatisfy(draft ->
        assertThat(draft).hasCandidateGroup("monitoring"));
    drafts.forEach(draft -> complete(draft));
    List<Task> signatures = tasks(pi, "Task_SignCommitteeOrder");
    assertThat(signatures).hasSize(drafts.size());
    complete(signatures.get(0), withVariables(ProcessConstants.APPROVED, false));
    signatures.subList(1, signatures.size()).forEach(sign -> complete(sign, withVariables(ProcessConstants.APPROVED, true)));
    assertThat(tasks(pi, "Task_DraftCommitteeOrder")).hasSize(1);
    complete(tasks(pi, "Task_DraftCommitteeOrder").get(0));
    complete(tasks(pi, "Task_SignCommitteeOrder").get(0), withVariables(ProcessConstants.APPROVED, true));
    assertThat(beans.called("Task_DraftCommitteeOrder", "draft")).isTrue();

    // every owner enters the project by the entry deadline
    List<Task> entries = tasks(pi, "Task_EnterProject");
    assertThat(entries).extracting(Task::getAssignee).containsExactly("anan.w", "kanya.t");
    assertThat(entries).extracting(Task::getDueDate).containsOnly(due("2026-12-31T16:30"));
    entries.forEach(entry -> complete(entry));

    for (int quarter = 1; quarter <= 4; quarter++) {
      assertThat(pi).isWaitingAt("Timer_QuarterEnd");
      assertThat(job().getDuedate()).isEqualTo(LocalProcessEngine.fiscalCalendar().monthEnd(2570, QUARTER_ENDS.get(quarter - 1)));
      execute(job());
      List<Task> reports = tasks(pi, "Task_ReportProgress");
      assertThat(reports).extracting(Task::getAssignee).containsExactly("anan.w", "kanya.t");
      reports.forEach(report -> complete(report));
      assertThat(task()).hasDefinitionKey("Task_CheckQuarter").hasCandidateGroup("monitoring");
      if (quarter == 1) {
        // one project back to its owner, then checked again
        completeStep(pi, "Task_CheckQuarter", withVariables(ProcessConstants.EMENSCR_INCOMPLETE_PROJECTS, json("[\"P02\"]")));
        assertThat(tasks(pi, "Task_ReviseProgress")).extracting(Task::getAssignee).containsExactly("anan.w");
        complete(tasks(pi, "Task_ReviseProgress").get(0));
        assertThat(task()).hasDefinitionKey("Task_CheckQuarter");
      }
      completeStep(pi, "Task_CheckQuarter", withVariables(ProcessConstants.EMENSCR_INCOMPLETE_PROJECTS, json("[]")));
    }

    assertThat(task()).hasDefinitionKey("Task_SummarizeForNextYear").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_SummarizeForNextYear", Map.of());
    assertThat(task()).hasDefinitionKey("Task_PrepareFollowUp").hasCandidateGroup("monitoring");
    completeStep(pi, "Task_PrepareFollowUp", Map.of());
    assertThat(pi).hasPassed("End_Reported").isEnded();
  }

  @Test
  void startsByHandAndCountsTheStepsBackFromObecsEntryDeadline() {
    ProcessInstance pi = startForm(ProcessConstants.EMENSCR_REPORT,
        withVariables(ProcessConstants.FISCAL_YEAR, 2570, ProcessConstants.EXTERNAL_DEADLINE, "2026-12-25"));

    assertThat(pi).hasPassed("Start_ByHand").isWaitingAt("Task_StudyPolicy");
    assertThat(task()).hasDueDate(LocalProcessEngine.fiscalCalendar().daysBefore(due("2026-12-25T16:30"), 42));
  }
}
