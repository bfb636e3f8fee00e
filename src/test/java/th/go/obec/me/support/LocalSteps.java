package th.go.obec.me.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import th.go.obec.me.calendar.FiscalCalendar;

/** Small steps the local tests share: moments in Bangkok, JSON variables, tasks of a step. */
public final class LocalSteps {

  private LocalSteps() {
  }

  /** A moment in Bangkok, e.g. "2027-02-03T16:30". */
  public static Date bangkok(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(FiscalCalendar.BANGKOK).toInstant());
  }

  /** The manual's due moment in Bangkok, on the working day the real calendar moves it to. */
  public static Date due(String localDateTime) {
    return LocalProcessEngine.fiscalCalendar().onWorkingDay(bangkok(localDateTime));
  }

  /** Moves the engine clock (timers, "now" of the calendar). */
  public static void clockAt(String localDateTime) {
    ClockUtil.setCurrentTime(bangkok(localDateTime));
  }

  /** A JSON variable, as a form's dynamic list or a select of people leaves it. */
  public static JsonValue json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  /** The open tasks of one step of the instance (per-person steps have one per person), by assignee. */
  public static List<Task> tasks(ProcessInstance pi, String taskId) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskId).orderByTaskAssignee().asc().list();
  }

  /** Starts a process as a person does in Tasklist: its start form submitted with these fields. */
  public static ProcessInstance startForm(String processKey, Map<String, Object> fields) {
    String definitionId = BpmnAwareTests.processDefinitionQuery().processDefinitionKey(processKey).singleResult().getId();
    return BpmnAwareTests.formService().submitStartForm(definitionId, fields);
  }

  /** Completes the one open task of the instance, checking it is the step expected. */
  public static void completeStep(ProcessInstance pi, String taskId, Map<String, Object> variables) {
    Task task = task(taskId, pi);
    Assertions.assertThat(task).as("open task %s", taskId).isNotNull();
    complete(task, variables);
  }

  /** The process instance as it is now (variables of the running instance). */
  public static Object variable(ProcessInstance pi, String name) {
    return BpmnAwareTests.runtimeService().getVariable(pi.getId(), name);
  }
}
