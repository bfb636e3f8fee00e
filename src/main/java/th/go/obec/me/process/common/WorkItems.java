package th.go.obec.me.process.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.go.obec.me.identity.People;
import th.go.obec.me.rule.OfficeRuleException;

/**
 * The items of a work list built in a form's dynamic list (E-MES indicators, eMENSCR projects):
 * one JSON array variable whose rows carry a key ({@code code}), an owner and what the owner
 * reported. Per-item tasks report into their row here, so that the meetings that check the work
 * see every item in one table and can send back only the incomplete ones.
 *
 * <p>The list is always rewritten as a new variable value: never mutated in place.
 */
@Component("workItems")
public class WorkItems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final People people;

  public WorkItems(People people) {
    this.people = people;
  }

  /** Refuses a list with no rows, a row without its key or two rows with the same key. */
  public void requireItems(DelegateTask task, String listVariable, String keyField) {
    ArrayNode rows = rowsOf(task.getVariable(listVariable));
    if (rows.isEmpty()) {
      throw refusal("ต้องมีอย่างน้อย 1 รายการ", listVariable + " must have at least one row");
    }
    Set<String> keys = new HashSet<>();
    for (JsonNode row : rows) {
      String key = text(row, keyField);
      if (key.isEmpty()) {
        throw refusal("ทุกรายการต้องมีรหัส", "every row of " + listVariable + " needs a " + keyField);
      }
      if (!keys.add(key)) {
        throw refusal("รหัส " + key + " ซ้ำกัน", "duplicate " + keyField + " " + key + " in " + listVariable);
      }
    }
  }

  /** As {@link #requireItems}, and every row's owner is a member of the group. */
  public void requireOwners(DelegateTask task, String listVariable, String keyField, String ownerField,
      String group) {
    requireItems(task, listVariable, keyField);
    Set<String> members = new HashSet<>(people.memberIds(group));
    for (JsonNode row : rowsOf(task.getVariable(listVariable))) {
      String owner = text(row, ownerField);
      if (!members.contains(owner)) {
        throw refusal("รายการ " + text(row, keyField) + " ต้องมีผู้รับผิดชอบจากกลุ่ม " + group,
            "row " + text(row, keyField) + " needs an owner who is a member of " + group + " (was '" + owner + "')");
      }
    }
  }

  /**
   * Copies what a per-item task reported (the task's variables named in {@code fields}, comma
   * separated) into the item's row of the list, and clears the row's {@code needsRevision} flag.
   */
  public void record(DelegateTask task, String listVariable, String itemVariable, String keyField, String fields) {
    String key = text(nodeOf(task.getVariable(itemVariable)), keyField);
    ArrayNode rows = rowsOf(task.getVariable(listVariable));
    ObjectNode row = null;
    for (JsonNode candidate : rows) {
      if (candidate instanceof ObjectNode object && key.equals(text(object, keyField))) {
        row = object;
      }
    }
    if (row == null) {
      throw refusal("ไม่พบรายการ " + key, "no row with " + keyField + " " + key + " in " + listVariable);
    }
    for (String field : split(fields)) {
      row.set(field, JSON.valueToTree(plain(task.getVariable(field))));
    }
    row.put("needsRevision", false);
    task.getExecution().setVariable(listVariable, jsonOf(rows));
  }

  /**
   * Gives each instance of a per-item step (its own execution, started with the item) local
   * copies of the fields it reports, filled with what the item's row already holds: the owner's
   * form opens with the earlier answer when the work comes back, a completion stores its answer
   * in the instance and never in the process, and one owner's answer never shows in another's
   * form.
   */
  public void prefill(DelegateExecution execution, String itemVariable, String fields) {
    Object item = execution.getVariable(itemVariable);
    for (String field : split(fields)) {
      execution.setVariableLocal(field, value(item, field));
    }
  }

  /**
   * Makes the named variables local to a repeated scope (one quarter, one committee order) and
   * empty, so that a form there opens blank instead of showing the previous round's answers.
   */
  public void clearLocal(DelegateExecution execution, String names) {
    for (String name : split(names)) {
      execution.setVariableLocal(name, null);
    }
  }

  /**
   * The rows whose key is among {@code selectedKeys} (a checklist's values: a JSON array, a
   * collection or one key), as the collection of a multi-instance rework step; it also marks them
   * {@code needsRevision} in the list so that the checking meeting sees what went back.
   */
  public List<SpinJsonNode> returned(DelegateExecution execution,
      String listVariable, String keyField, Object selectedKeys) {
    Set<String> selected = keysOf(selectedKeys);
    ArrayNode rows = rowsOf(execution.getVariable(listVariable));
    List<SpinJsonNode> returned = new ArrayList<>();
    for (JsonNode row : rows) {
      if (row instanceof ObjectNode object) {
        boolean back = selected.contains(text(object, keyField));
        object.put("needsRevision", back);
        if (back) {
          returned.add(Spin.JSON(object.toString()));
        }
      }
    }
    execution.setVariable(listVariable, jsonOf(rows));
    return returned;
  }

  /** True when a checklist of keys sent nothing back. */
  public boolean noneSelected(Object selectedKeys) {
    return keysOf(selectedKeys).isEmpty();
  }

  /** A new list of the rows with only the named fields, e.g. each quarter's report sheet. */
  public JsonValue copy(Object list, String fields) {
    ArrayNode copy = JSON.createArrayNode();
    for (JsonNode row : rowsOf(list)) {
      ObjectNode kept = copy.addObject();
      for (String field : split(fields)) {
        if (row.has(field)) {
          kept.set(field, row.get(field));
        }
      }
    }
    return jsonOf(copy);
  }

  /** Select options [{label: "key name", value: key}] of the rows, for a checklist. */
  public JsonValue options(Object list, String keyField, String nameField) {
    ArrayNode options = JSON.createArrayNode();
    for (JsonNode row : rowsOf(list)) {
      String key = text(row, keyField);
      options.addObject().put("label", (key + " " + text(row, nameField)).trim()).put("value", key);
    }
    return jsonOf(options);
  }

  /** A field of an item as a plain value (text, number, boolean) or null, e.g. to prefill a form. */
  public Object value(Object item, String field) {
    JsonNode node = nodeOf(item).get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return node.isIntegralNumber() ? (Object) node.longValue() : (Object) node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  // --- conversions ---------------------------------------------------------------------------

  private static ArrayNode rowsOf(Object list) {
    JsonNode node = nodeOf(list);
    if (node.isMissingNode() || node.isNull()) {
      return JSON.createArrayNode();
    }
    if (!node.isArray()) {
      throw refusal("ข้อมูลรายการต้องเป็นรายการ (array)", "not a JSON array: " + node);
    }
    return (ArrayNode) node.deepCopy();
  }

  private static JsonNode nodeOf(Object value) {
    Object plain = plain(value);
    try {
      if (plain == null) {
        return JSON.missingNode();
      }
      if (plain instanceof SpinJsonNode spin) {
        return JSON.readTree(spin.toString());
      }
      if (plain instanceof CharSequence text) {
        return JSON.readTree(text.toString());
      }
      return JSON.valueToTree(plain);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw refusal("ข้อมูลรายการอ่านไม่ได้", "unreadable JSON: " + e.getOriginalMessage());
    }
  }

  private static Set<String> keysOf(Object selectedKeys) {
    Object plain = plain(selectedKeys);
    Set<String> keys = new LinkedHashSet<>();
    if (plain == null) {
      return keys;
    }
    if (plain instanceof Collection<?> collection) {
      collection.forEach(key -> addKey(keys, key));
      return keys;
    }
    if (plain instanceof CharSequence text && !text.toString().trim().startsWith("[")) {
      addKey(keys, text);
      return keys;
    }
    nodeOf(plain).forEach(key -> addKey(keys, key.isValueNode() ? key.asText() : key.toString()));
    return keys;
  }

  private static void addKey(Set<String> keys, Object key) {
    if (key != null && !key.toString().isBlank()) {
      keys.add(key.toString().trim());
    }
  }

  private static Object plain(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static String text(JsonNode row, String field) {
    JsonNode node = row.get(field);
    return node == null || node.isNull() ? "" : node.asText().trim();
  }

  private static List<String> split(String fields) {
    List<String> names = new ArrayList<>();
    for (String field : fields.split(",")) {
      if (!field.isBlank()) {
        names.add(field.trim());
      }
    }
    return names;
  }

  private static JsonValue jsonOf(JsonNode node) {
    return SpinValues.jsonValue(node.toString()).create();
  }

  private static OfficeRuleException refusal(String thai, String english) {
    return OfficeRuleException.invalid(thai, english);
  }
}
