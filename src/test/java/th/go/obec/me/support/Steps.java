package th.go.obec.me.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import th.go.obec.me.ProcessConstants;

/**
 * What a person does in a step, as Tasklist would submit it: a task completed with its form's
 * fields, a review that approves or returns with a comment, an office document, a meeting record.
 * The process walks (process/&lt;key&gt;/...Steps, ...Walk) keep only the fields of their own forms.
 */
public final class Steps {

  private Steps() {
  }

  /** A form's fields as name, value pairs; the map can take more fields. */
  public static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new HashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  /** Completes the instance's open task of the step with the form's fields. */
  public static void completeStep(ProcessInstance pi, String taskId, Map<String, Object> fields) {
    complete(task(taskId, pi), fields);
  }

  /** The instance waits at the review step; the reviewer approves or returns it with a comment. */
  public static void review(ProcessInstance pi, String taskId, boolean approved, String comment) {
    assertThat(pi).isWaitingAt(taskId);
    complete(task(taskId, pi), fields(ProcessConstants.APPROVED, approved, ProcessConstants.COMMENT, comment));
  }

  /** The review step approved with no comment field at all (forms that leave it empty). */
  public static void approve(Task review) {
    complete(review, fields(ProcessConstants.APPROVED, true));
  }

  /** The review step returned with a comment. */
  public static void returnWith(Task review, String comment) {
    complete(review, fields(ProcessConstants.APPROVED, false, ProcessConstants.COMMENT, comment));
  }

  /**
   * An office document's fields, as the documents forms name them ({@code documentTitle},
   * {@code documentNumber}, {@code documentDate}, {@code documentLink}).
   */
  public static Map<String, Object> document(String title, String number, String date, String link) {
    return memo("document", title, number, date, link);
  }

  /**
   * A memo's fields named with the step's prefix: {@code memo("noticeMemo", ...)} gives
   * noticeMemoTitle, noticeMemoNumber, noticeMemoDate, noticeMemoLink.
   */
  public static Map<String, Object> memo(String prefix, String title, String number, String date, String link) {
    return fields(prefix + "Title", title, prefix + "Number", number, prefix + "Date", date, prefix + "Link", link);
  }

  /** A meeting record (date, attendees, resolutions) and the step's own fields after it. */
  public static Map<String, Object> meeting(String date, String attendees, String resolutions, Object... more) {
    Map<String, Object> fields = fields("meetingDate", date, "attendees", attendees, "resolutions", resolutions);
    fields.putAll(fields(more));
    return fields;
  }

  /** The open tasks of a step (one per person in a multi-instance step), ordered by assignee. */
  public static List<Task> tasksOf(String taskId) {
    return taskQuery().taskDefinitionKey(taskId).orderByTaskAssignee().asc().list();
  }

  /** The one open task of the step held by the person. */
  public static Task taskOf(ProcessInstance pi, String taskId, String assignee) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskId).taskAssignee(assignee).singleResult();
  }
}
