package th.go.obec.me.process.common;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.identity.People;

/**
 * Keeps what each person reported in a per-person (multi-instance) task: on completion, the
 * task's values become one row of a JSON list on the process instance, which the next step's form
 * shows as a table ({@code "dataSource": "=progressReports"}). The per-person values themselves
 * stay local to their task, so that no one's form opens with someone else's answers.
 *
 * <p>Used as task listeners of the per-person task: on create,
 * {@code ${reportCollector.open(task, 'progressPercent,progressResult')}} (the form's fields start
 * empty and stay the task's own); on complete,
 * {@code ${reportCollector.collect(task, 'progressReports', 'quarter,projectName,progressPercent')}}.
 * (Input mappings cannot do the first: on a multi-instance activity they run once, before the
 * instances exist.)
 */
@Component("reportCollector")
public class ReportCollector {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final People people;

  public ReportCollector(People people) {
    this.people = people;
  }

  /** Gives the task its own empty variables for the form's fields. */
  public void open(DelegateTask task, String variableNames) {
    for (String name : variableNames.split(",")) {
      task.setVariableLocal(name.trim(), null);
    }
  }

  /** Appends {name: value, ..., reportedBy, reportedByName} to the instance's list variable. */
  public void collect(DelegateTask task, String listVariable, String variableNames) {
    ObjectNode row = JSON.createObjectNode();
    for (String name : variableNames.split(",")) {
      put(row, name.trim(), answer(task, name.trim()));
    }
    row.put("reportedBy", task.getAssignee());
    row.put("reportedByName", people.nameOf(task.getAssignee()));

    DelegateExecution instance = task.getExecution().getProcessInstance();
    ArrayNode rows = read(instance.getVariable(listVariable));
    rows.add(row);
    instance.setVariable(listVariable, SpinValues.jsonValue(rows.toString()).create());
  }

  /**
   * The person's answer: Tasklist's form submission writes it into the task's own variable, the
   * REST API's plain completion writes it past the task into the execution. An answer found there
   * is taken off again, so that it does not show in the next person's form.
   */
  private static Object answer(DelegateTask task, String name) {
    Object local = task.getVariableLocal(name);
    if (local != null || !task.hasVariableLocal(name)) {
      return task.getVariable(name);
    }
    Object written = task.getExecution().getVariable(name);
    if (written != null) {
      task.getExecution().removeVariable(name);
    }
    return written;
  }

  private static ArrayNode read(Object list) {
    if (list == null) {
      return JSON.createArrayNode();
    }
    try {
      JsonNode node = JSON.readTree(list.toString());
      return node.isArray() ? (ArrayNode) node : JSON.createArrayNode();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not a JSON list: " + list, e);
    }
  }

  private static void put(ObjectNode row, String name, Object value) {
    Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
    if (plain == null) {
      row.putNull(name);
    } else if (plain instanceof Number number) {
      row.put(name, number.doubleValue() == Math.rint(number.doubleValue())
          ? JSON.getNodeFactory().numberNode(number.longValue()) : JSON.getNodeFactory().numberNode(number.doubleValue()));
    } else if (plain instanceof Boolean flag) {
      row.put(name, flag);
    } else if (plain instanceof Date date) {
      row.put(name, FiscalCalendar.toZoned(date).toLocalDate().toString());
    } else if (plain instanceof SpinJsonNode json) {
      try {
        row.set(name, JSON.readTree(json.toString()));
      } catch (JsonProcessingException e) {
        row.put(name, json.toString());
      }
    } else {
      row.put(name, plain.toString());
    }
  }
}
