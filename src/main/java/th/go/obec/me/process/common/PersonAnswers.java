package th.go.obec.me.process.common;

import static th.go.obec.me.engine.TypedValues.plain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.identity.People;
import th.go.obec.me.rule.OfficeRuleException;

/**
 * What each person answered in a per-person step, kept as one JSON list variable of the process
 * (one place, one behaviour: unreadable or inconsistent lists are refused as an
 * {@link OfficeRuleException}, Thai first). Two shapes:
 * <ul>
 *   <li>a <b>work list</b> built in a form's dynamic list (E-MES indicators, eMENSCR projects):
 *       rows carrying a key ({@code code}) and an owner; each owner's task reports into its row
 *       ({@link #record}), the checking meeting sends rows back ({@link #markForRevision});</li>
 *   <li>an <b>answers list</b> that grows by one row per completed task ({@link #collect}),
 *       shown as a table by the next step's form ({@code "dataSource": "=progressReports"}).</li>
 * </ul>
 * A person's values stay local to their own task or instance, so that no one's form opens with
 * someone else's answers. Lists are always rewritten as a new variable value, never mutated in
 * place. The diagrams call this through the named listener beans of this package.
 */
@Component("personAnswers")
public class PersonAnswers {

  /** The key of a work list's rows. */
  public static final String KEY = "code";
  /** The owner of a work list's row. */
  public static final String OWNER = "owner";
  static final String NEEDS_REVISION = "needsRevision";

  private final ObjectMapper json;
  private final People people;

  public PersonAnswers(People people, ObjectMapper json) {
    this.people = people;
    this.json = json;
  }

  // --- answers lists --------------------------------------------------------------------------

  /** Gives the task its own empty variables for the form's fields. */
  public void open(DelegateTask task, List<String> fields) {
    fields.forEach(name -> task.setVariableLocal(name, null));
  }

  /** Appends {name: value, ..., reportedBy, reportedByName} to the instance's list variable. */
  public void collect(DelegateTask task, String listVariable, List<String> fields) {
    ObjectNode row = json.createObjectNode();
    for (String name : fields) {
      put(row, name, answer(task, name));
    }
    row.put("reportedBy", task.getAssignee());
    row.put("reportedByName", people.nameOf(task.getAssignee()));

    DelegateExecution instance = task.getExecution().getProcessInstance();
    ArrayNode rows = rowsOf(instance.getVariable(listVariable));
    rows.add(row);
    instance.setVariable(listVariable, jsonOf(rows));
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

  // --- work lists -----------------------------------------------------------------------------

  /** Refuses a list with no rows, a row without its key or two rows with the same key. */
  public void requireItems(VariableScope scope, String listVariable) {
    ArrayNode rows = rowsOf(scope.getVariable(listVariable));
    if (rows.isEmpty()) {
      throw refusal("ต้องมีอย่างน้อย 1 รายการ", listVariable + " must have at least one row");
    }
    Set<String> keys = new HashSet<>();
    for (JsonNode row : rows) {
      String key = text(row, KEY);
      if (key.isEmpty()) {
        throw refusal("ทุกรายการต้องมีรหัส", "every row of " + listVariable + " needs a " + KEY);
      }
      if (!keys.add(key)) {
        throw refusal("รหัส " + key + " ซ้ำกัน", "duplicate " + KEY + " " + key + " in " + listVariable);
      }
    }
  }

  /** As {@link #requireItems}, and every row's owner is a member of the group. */
  public void requireOwners(VariableScope scope, String listVariable, String group) {
    requireItems(scope, listVariable);
    Set<String> members = new HashSet<>(people.memberIds(group));
    for (JsonNode row : rowsOf(scope.getVariable(listVariable))) {
      String owner = text(row, OWNER);
      if (!members.contains(owner)) {
        throw refusal("รายการ " + text(row, KEY) + " ต้องมีผู้รับผิดชอบจากกลุ่ม " + group,
            "row " + text(row, KEY) + " needs an owner who is a member of " + group + " (was '" + owner + "')");
      }
    }
  }

  /**
   * Gives the instance of a per-item step (its own execution, started with the item) local
   * copies of the fields it reports, filled with what the item's row already holds: the owner's
   * form opens with the earlier answer when the work comes back, a completion stores its answer
   * in the instance and never in the process, and one owner's answer never shows in another's.
   */
  public void prefill(DelegateExecution execution, String itemVariable, List<String> fields) {
    Object item = execution.getVariable(itemVariable);
    for (String field : fields) {
      execution.setVariableLocal(field, value(item, field));
    }
  }

  /**
   * Copies what a per-item task reported (the task's variables named in {@code fields}) into the
   * item's row of the list, and clears the row's {@code needsRevision} flag.
   */
  public void record(DelegateTask task, String listVariable, String itemVariable, List<String> fields) {
    String key = text(nodeOf(task.getVariable(itemVariable)), KEY);
    ArrayNode rows = rowsOf(task.getVariable(listVariable));
    ObjectNode row = null;
    for (JsonNode candidate : rows) {
      if (candidate instanceof ObjectNode object && key.equals(text(object, KEY))) {
        row = object;
      }
    }
    if (row == null) {
      throw refusal("ไม่พบรายการ " + key, "no row with " + KEY + " " + key + " in " + listVariable);
    }
    for (String field : fields) {
      row.set(field, json.valueToTree(plain(task.getVariable(field))));
    }
    row.put(NEEDS_REVISION, false);
    task.getExecution().setVariable(listVariable, jsonOf(rows));
  }

  /**
   * Marks {@code needsRevision} on the rows whose key is among {@code selectedKeys} (a
   * checklist's values: a JSON array, a collection or one key) and clears it on the others, so
   * that the checking meeting sees what went back; nothing changes when nothing was selected.
   */
  public void markForRevision(VariableScope scope, String listVariable, Object selectedKeys) {
    Set<String> selected = keysOf(selectedKeys);
    if (selected.isEmpty()) {
      return;
    }
    ArrayNode rows = rowsOf(scope.getVariable(listVariable));
    for (JsonNode row : rows) {
      if (row instanceof ObjectNode object) {
        object.put(NEEDS_REVISION, selected.contains(text(object, KEY)));
      }
    }
    scope.setVariable(listVariable, jsonOf(rows));
  }

  /** The rows marked {@code needsRevision}, as the collection of a multi-instance rework step (reads only). */
  public List<SpinJsonNode> toRevise(Object list) {
    List<SpinJsonNode> back = new ArrayList<>();
    for (JsonNode row : rowsOf(list)) {
      if (row.path(NEEDS_REVISION).asBoolean(false)) {
        back.add(Spin.JSON(row.toString()));
      }
    }
    return back;
  }

  /** True when a checklist of keys sent nothing back. */
  public boolean noneSelected(Object selectedKeys) {
    return keysOf(selectedKeys).isEmpty();
  }

  /** A new list of the rows with only the named fields, e.g. each quarter's report sheet. */
  public JsonValue copy(Object list, List<String> fields) {
    ArrayNode copy = json.createArrayNode();
    for (JsonNode row : rowsOf(list)) {
      ObjectNode kept = copy.addObject();
      for (String field : fields) {
        if (row.has(field)) {
          kept.set(field, row.get(field));
        }
      }
    }
    return jsonOf(copy);
  }

  /** Select options [{label: "key name", value: key}] of the rows, for a checklist. */
  public JsonValue options(Object list) {
    ArrayNode options = json.createArrayNode();
    for (JsonNode row : rowsOf(list)) {
      String key = text(row, KEY);
      options.addObject().put("label", (key + " " + text(row, "name")).trim()).put("value", key);
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

  private ArrayNode rowsOf(Object list) {
    JsonNode node = nodeOf(list);
    if (node.isMissingNode() || node.isNull()) {
      return json.createArrayNode();
    }
    if (!node.isArray()) {
      throw refusal("ข้อมูลรายการต้องเป็นรายการ (array)", "not a JSON array: " + node);
    }
    return (ArrayNode) node.deepCopy();
  }

  private JsonNode nodeOf(Object value) {
    Object plain = plain(value);
    try {
      if (plain == null) {
        return json.missingNode();
      }
      if (plain instanceof SpinJsonNode spin) {
        return json.readTree(spin.toString());
      }
      if (plain instanceof CharSequence text) {
        return json.readTree(text.toString());
      }
      return json.valueToTree(plain);
    } catch (JsonProcessingException e) {
      throw refusal("ข้อมูลรายการอ่านไม่ได้", "unreadable JSON: " + e.getOriginalMessage());
    }
  }

  /** A value as a cell of an answers row: dates as the office day, JSON as JSON. */
  private void put(ObjectNode row, String name, Object value) {
    Object plain = plain(value);
    if (plain == null) {
      row.putNull(name);
    } else if (plain instanceof Number number) {
      row.put(name, number.doubleValue() == Math.rint(number.doubleValue())
          ? json.getNodeFactory().numberNode(number.longValue()) : json.getNodeFactory().numberNode(number.doubleValue()));
    } else if (plain instanceof Boolean flag) {
      row.put(name, flag);
    } else if (plain instanceof Date date) {
      row.put(name, FiscalCalendar.toZoned(date).toLocalDate().toString());
    } else if (plain instanceof SpinJsonNode spinJson) {
      try {
        row.set(name, json.readTree(spinJson.toString()));
      } catch (JsonProcessingException e) {
        row.put(name, spinJson.toString());
      }
    } else {
      row.put(name, plain.toString());
    }
  }

  private Set<String> keysOf(Object selectedKeys) {
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

  private void addKey(Set<String> keys, Object key) {
    if (key != null && !key.toString().isBlank()) {
      keys.add(key.toString().trim());
    }
  }

  private static String text(JsonNode row, String field) {
    JsonNode node = row.get(field);
    return node == null || node.isNull() ? "" : node.asText().trim();
  }

  private static JsonValue jsonOf(JsonNode node) {
    return SpinValues.jsonValue(node.toString()).create();
  }

  private static OfficeRuleException refusal(String thai, String english) {
    return OfficeRuleException.invalid(thai, english);
  }
}
