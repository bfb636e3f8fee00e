package th.go.obec.me.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;

import com.fasterxml.jackson.databind.JsonNode;

import th.go.obec.me.engine.TypedValues;
import th.go.obec.me.rule.Limits;
import th.go.obec.me.rule.OfficeRuleException;

/**
 * Every variable of a submission, in the form or not: not too many ({@code me.limits.variables}),
 * no text longer than {@code me.limits.text-length} characters, no list longer than
 * {@code me.limits.list-items} rows (also inside JSON), no control characters in text (tab and
 * line breaks allowed), no Java-serialized objects and no objects of types outside the project's
 * own packages, and dates (Date values, and text of variables named {@code ...Date} or
 * {@code ...Deadline}) within the office's years ({@link DateWindow}). Script or SQL text is no
 * concern here: values are stored as data and never evaluated.
 */
public class SubmittedVariables implements FormRule {

  /** The packages whose types may be stored as object variables: the project's own. */
  public static final String ALLOWED_PACKAGE = "th.go.obec.me.";

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  private static final Pattern DATE_NAME = Pattern.compile("(?i).*(date|deadline)$");
  private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ].*)?$");

  private final Limits limits;
  private final DateWindow dates;
  private final SubmittedJson json;

  public SubmittedVariables(Limits limits, DateWindow dates, SubmittedJson json) {
    this.json = json;
    this.limits = limits;
    this.dates = dates;
  }

  @Override
  public void check(JsonNode form, Map<String, Object> submitted, Function<String, Object> existing) {
    check(submitted);
  }

  public void check(Map<String, ?> submitted) {
    if (submitted.size() > limits.variables()) {
      throw OfficeRuleException.invalid("ส่งตัวแปรมา " + submitted.size() + " ตัว เกินกำหนด " + limits.variables() + " ตัว",
          submitted.size() + " variables, more than the limit of " + limits.variables() + " (me.limits.variables)");
    }
    // given values before Dates: a Date a listener computed from a given text names the text
    List<String> names = new ArrayList<>(submitted.keySet());
    names.sort(java.util.Comparator.comparing(name -> RequiredFormFields.valueOf(submitted, name) instanceof Date
        || RequiredFormFields.valueOf(submitted, name) instanceof org.camunda.bpm.engine.variable.value.DateValue));
    for (String name : names) {
      if (name == null || name.isBlank() || name.length() > 255 || CONTROL.matcher(name).find()) {
        throw OfficeRuleException.invalid("ชื่อตัวแปรไม่ถูกต้อง", "invalid variable name '"
            + FormFieldValues.abbreviate(String.valueOf(name)) + "'");
      }
      Object value = RequiredFormFields.valueOf(submitted, name);
      if (value instanceof ObjectValue object) {
        objectValue(name, object);
        continue;
      }
      // a serialized value stays typed: its serialized form is what is checked below
      Object plain = value instanceof SerializableValue ? value : TypedValues.plain(value);
      if (plain instanceof Date date) {
        dates.check(name, date);
      }
      if (plain instanceof CharSequence text && DATE_NAME.matcher(name).matches()
          && ISO_DATE.matcher(text.toString().trim()).matches()) {
        try {
          dates.check(name, java.time.LocalDate.parse(text.toString().trim().substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
          throw OfficeRuleException.invalid(name + ": '" + text + "' ไม่ใช่วันที่", name + ": '" + text + "' is not a date");
        }
      }
      content(name, json.plain(plain), 0);
    }
  }

  private void objectValue(String name, ObjectValue object) {
    String format = object.getSerializationDataFormat();
    if (SerializationDataFormats.JAVA.getName().equals(format)) {
      throw OfficeRuleException.invalid(name + ": ไม่รับอ็อบเจกต์แบบ Java serialization",
          name + ": Java-serialized objects are not accepted; send JSON (type Json)");
    }
    String type = object.getObjectTypeName();
    if (type == null && object.isDeserialized() && object.getValue() != null) {
      type = object.getValue().getClass().getName();
    }
    if (type != null && !type.startsWith(ALLOWED_PACKAGE)) {
      throw OfficeRuleException.invalid(name + ": ไม่รับอ็อบเจกต์ชนิด " + type,
          name + ": objects of type " + type + " are not accepted; send JSON (type Json)");
    }
  }

  private void content(String name, Object value, int depth) {
    if (value == null) {
      return;
    }
    if (depth > 20) {
      throw OfficeRuleException.invalid(name + ": ข้อมูลซ้อนกันลึกเกินไป", name + ": nested too deeply");
    }
    if (value instanceof CharSequence text) {
      if (text.length() > limits.textLength()) {
        throw OfficeRuleException.invalid(name + ": ข้อความยาว " + text.length() + " ตัวอักษร เกินกำหนด "
            + limits.textLength() + " ตัวอักษร", name + ": text of " + text.length() + " characters, more than the limit of "
            + limits.textLength() + " (me.limits.text-length)");
      }
      if (CONTROL.matcher(text).find()) {
        throw OfficeRuleException.invalid(name + ": มีอักขระควบคุมที่พิมพ์ไม่ได้", name + ": contains control characters");
      }
      return;
    }
    if (value instanceof Collection<?> list) {
      if (list.size() > limits.listItems()) {
        throw OfficeRuleException.invalid(name + ": มี " + list.size() + " รายการ เกินกำหนด " + limits.listItems() + " รายการ",
            name + ": " + list.size() + " rows, more than the limit of " + limits.listItems() + " (me.limits.list-items)");
      }
      for (Object item : list) {
        content(name, item, depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        content(name, entry.getKey(), depth + 1);
        content(name, entry.getValue(), depth + 1);
      }
    }
  }
}
