package th.go.obec.me.collect;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.go.obec.me.identity.People;

/**
 * Gathers what each person of a multi-instance task answered into one JSON list on the process
 * instance, so that the next step's form can show them all in a table. Called as the task's
 * complete listener:
 * {@code ${answerList.add(task, 'groupResults', 'groupResultSummary,groupResultLink')}} appends
 * {"by": id, "name": "ชื่อ นามสกุล", "groupResultSummary": ..., "groupResultLink": ...}.
 */
@Component("answerList")
public class AnswerList {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final People people;

  public AnswerList(People people) {
    this.people = people;
  }

  public void add(DelegateTask task, String listName, String fields) {
    ArrayNode list = read(task.getExecution().getProcessInstance().getVariableTyped(listName), listName);
    ObjectNode entry = list.addObject();
    String by = task.getAssignee();
    entry.put("by", by);
    entry.put("name", people.nameOf(by));
    for (String field : fields.split(",")) {
      Object value = task.getVariable(field.trim());
      entry.put(field.trim(), value == null ? null : value.toString());
    }
    task.getExecution().getProcessInstance().setVariable(listName, SpinValues.jsonValue(list.toString()).create());
  }

  private static ArrayNode read(TypedValue current, String listName) {
    if (current == null || current.getValue() == null) {
      return JSON.createArrayNode();
    }
    String text = current instanceof JsonValue json ? json.getValueSerialized() : current.getValue().toString();
    try {
      JsonNode node = JSON.readTree(text);
      if (node instanceof ArrayNode array) {
        return array;
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable " + listName + " is not a JSON list", e);
    }
    throw new IllegalStateException("Variable " + listName + " is not a JSON list");
  }
}
