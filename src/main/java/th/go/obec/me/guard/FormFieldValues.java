package th.go.obec.me.guard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.databind.JsonNode;

import th.go.obec.me.engine.TypedValues;
import th.go.obec.me.rule.OfficeRuleException;

/**
 * What form-js checks in the browser, checked again on the server for every submitted field of
 * the task's (or start) form, inside groups and the rows of dynamic lists: a select, radio,
 * checklist or taglist value is one of the options the form offered (its static {@code values}
 * or the {@code valuesKey} variable; a person offered by {@code people.options} must still exist
 * and belong to the group offered), text keeps {@code minLength}/{@code maxLength}/{@code pattern}
 * and e-mail validation, a number is a number within {@code min}/{@code max} and its decimal
 * digits, a datetime is a date/time/datetime in form-js's format and a checkbox a boolean.
 *
 * <p>Only submitted, non-empty values are checked (missing ones are {@link RequiredFormFields}'s
 * business). Options computed by a FEEL {@code valuesExpression} cannot be known here and are not
 * checked.
 */
public class FormFieldValues implements FormRule {

  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");
  private static final Set<String> WITH_OPTIONS = Set.of("select", "radio", "checklist", "taglist");

  /** Whether a user exists and belongs to one of the groups (comma separated). */
  private final BiPredicate<String, String> memberOf;
  private final DateWindow dates;
  private final SubmittedJson json;

  public FormFieldValues(BiPredicate<String, String> memberOf, DateWindow dates, SubmittedJson json) {
    this.memberOf = memberOf;
    this.dates = dates;
    this.json = json;
  }

  @Override
  public void check(JsonNode form, Map<String, Object> submitted, Function<String, Object> existing) {
    if (form == null) {
      return;
    }
    walk(form, submitted, "", existing);
  }

  private void walk(JsonNode component, Map<String, Object> values, String where, Function<String, Object> existing) {
    String type = component.path("type").asText();
    if ("dynamiclist".equals(type)) {
      String path = component.path("path").asText(null);
      if (path == null || !values.containsKey(path) || RequiredFormFields.isEmpty(RequiredFormFields.valueOf(values, path))) {
        return;
      }
      List<Object> rows = listOf(RequiredFormFields.valueOf(values, path), label(component, path) + " (" + path + ")");
      for (int i = 0; i < rows.size(); i++) {
        Map<String, Object> row = mapOf(rows.get(i), label(component, path) + " แถวที่ " + (i + 1));
        String rowName = where + label(component, path) + " แถวที่ " + (i + 1) + rowKey(component, row) + ": ";
        requiredInRow(component, row, rowName);
        for (JsonNode child : component.path("components")) {
          walk(child, row, rowName, existing);
        }
      }
      return;
    }
    if ("group".equals(type) || component.has("components") && !component.has("key")) {
      Map<String, Object> scope = values;
      String path = component.path("path").asText("");
      if (!path.isEmpty()) {
        if (!values.containsKey(path) || RequiredFormFields.isEmpty(RequiredFormFields.valueOf(values, path))) {
          return;
        }
        scope = mapOf(RequiredFormFields.valueOf(values, path), label(component, path) + " (" + path + ")");
      }
      for (JsonNode child : component.path("components")) {
        walk(child, scope, where, existing);
      }
      return;
    }
    String key = component.path("key").asText(null);
    if (key == null || !values.containsKey(key)) {
      return;
    }
    Object value = json.plain(RequiredFormFields.valueOf(values, key));
    if (RequiredFormFields.isEmpty(value)) {
      return;
    }
    Field field = new Field(where + label(component, key), key);
    switch (type) {
      case "textfield", "textarea" -> text(component, field, value);
      case "number" -> number(component, field, value);
      case "datetime" -> datetime(component, field, value);
      case "checkbox" -> bool(field, value);
      default -> {
        if (WITH_OPTIONS.contains(type)) {
          options(component, field, value, type, existing);
        }
      }
    }
  }

  /** The row's first field (its code, as lists here begin), to name the row, e.g. " (2.1)". */
  private static String rowKey(JsonNode list, Map<String, Object> row) {
    for (JsonNode child : list.path("components")) {
      String key = child.path("key").asText(null);
      if (key != null) {
        Object value = row.get(key);
        return value instanceof CharSequence || value instanceof Number ? " (" + abbreviate(value.toString()) + ")" : "";
      }
    }
    return "";
  }

  /** form-js requires a row's required fields in the browser; so does the server. */
  private static void requiredInRow(JsonNode list, Map<String, Object> row, String where) {
    for (JsonNode child : list.path("components")) {
      String key = child.path("key").asText(null);
      if (key != null && child.path("validate").path("required").asBoolean(false) && !child.path("conditional").has("hide")
          && RequiredFormFields.isEmpty(row.get(key))) {
        throw new Field(where + label(child, key), key).refuse("ต้องกรอก", "is required");
      }
    }
  }

  // --- kinds of fields -----------------------------------------------------------------------

  private static void text(JsonNode component, Field field, Object value) {
    if (!(value instanceof CharSequence)) {
      throw field.refuse("ต้องเป็นข้อความ", "must be text, was " + describe(value));
    }
    String text = value.toString();
    JsonNode validate = component.path("validate");
    int length = text.codePointCount(0, text.length());
    if (validate.has("minLength") && length < validate.get("minLength").asInt()) {
      throw field.refuse("ต้องยาวอย่างน้อย " + validate.get("minLength").asInt() + " ตัวอักษร",
          "must have at least " + validate.get("minLength").asInt() + " characters, has " + length);
    }
    if (validate.has("maxLength") && length > validate.get("maxLength").asInt()) {
      throw field.refuse("ยาวได้ไม่เกิน " + validate.get("maxLength").asInt() + " ตัวอักษร",
          "must have at most " + validate.get("maxLength").asInt() + " characters, has " + length);
    }
    String validationType = validate.path("validationType").asText("");
    if ("email".equals(validationType) && !EMAIL.matcher(text).matches()) {
      throw field.refuse("ต้องเป็นอีเมล เช่น name@example.go.th", "must be an e-mail address");
    }
    if ("phone".equals(validationType) && !PHONE.matcher(text).matches()) {
      throw field.refuse("ต้องเป็นหมายเลขโทรศัพท์", "must be a phone number");
    }
    if (validate.hasNonNull("pattern") && !validate.get("pattern").asText().isEmpty()) {
      String pattern = validate.get("pattern").asText();
      boolean matches;
      try {
        // form-js tests the pattern with RegExp.test: anywhere in the text unless anchored
        matches = Pattern.compile(pattern).matcher(text).find();
      } catch (PatternSyntaxException e) {
        matches = true;
      }
      if (!matches) {
        throw field.refuse("ไม่ตรงตามรูปแบบที่กำหนด (" + pattern + ")", "must match the pattern " + pattern);
      }
    }
  }

  private static void number(JsonNode component, Field field, Object value) {
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString())
          : value instanceof CharSequence text ? new BigDecimal(text.toString().trim()) : null;
    } catch (NumberFormatException e) {
      number = null;
    }
    if (number == null) {
      throw field.refuse("ต้องเป็นตัวเลข", "must be a number, was " + describe(value));
    }
    JsonNode validate = component.path("validate");
    if (validate.has("min") && number.compareTo(validate.get("min").decimalValue()) < 0) {
      throw field.refuse("ต้องไม่น้อยกว่า " + validate.get("min").asText(), "must be at least " + validate.get("min").asText());
    }
    if (validate.has("max") && number.compareTo(validate.get("max").decimalValue()) > 0) {
      throw field.refuse("ต้องไม่เกิน " + validate.get("max").asText(), "must be at most " + validate.get("max").asText());
    }
    if (component.has("decimalDigits") && number.stripTrailingZeros().scale() > component.get("decimalDigits").asInt()) {
      int digits = component.get("decimalDigits").asInt();
      throw field.refuse(digits == 0 ? "ต้องเป็นจำนวนเต็ม" : "มีทศนิยมได้ไม่เกิน " + digits + " ตำแหน่ง",
          digits == 0 ? "must be a whole number" : "must have at most " + digits + " decimal digits");
    }
  }

  private void datetime(JsonNode component, Field field, Object value) {
    String subtype = component.path("subtype").asText("date");
    if (value instanceof Date date) {
      dates.check(field.label + " (" + field.key + ")", date);
      return;
    }
    if (!(value instanceof CharSequence)) {
      throw field.refuse("ต้องเป็นวันที่", "must be a date, was " + describe(value));
    }
    String text = value.toString().trim();
    try {
      switch (subtype) {
        case "time" -> LocalTime.parse(text.length() > 5 && text.charAt(5) != ':' ? text.substring(0, 5) : text);
        case "datetime" -> dates.check(field.label + " (" + field.key + ")", parseDateTime(text).toLocalDate());
        default -> dates.check(field.label + " (" + field.key + ")", LocalDate.parse(text));
      }
    } catch (DateTimeParseException e) {
      String format = switch (subtype) {
        case "time" -> "HH:mm";
        case "datetime" -> "YYYY-MM-DDTHH:mm";
        default -> "YYYY-MM-DD";
      };
      throw field.refuse("ต้องเป็นวันที่/เวลาในรูปแบบ " + format, "must be in the format " + format + ", was '"
          + abbreviate(text) + "'");
    }
  }

  private static LocalDateTime parseDateTime(String text) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException local) {
      return OffsetDateTime.parse(text).toLocalDateTime();
    }
  }

  private static void bool(Field field, Object value) {
    if (value instanceof Boolean || "true".equals(value.toString()) || "false".equals(value.toString())) {
      return;
    }
    throw field.refuse("ต้องเป็นใช่/ไม่ใช่ (true/false)", "must be true or false, was " + describe(value));
  }

  private void options(JsonNode component, Field field, Object value, String type, Function<String, Object> existing) {
    Map<String, JsonNode> offered = offered(component, existing);
    if (offered == null) {
      return;
    }
    List<Object> chosen;
    if ("checklist".equals(type) || "taglist".equals(type)) {
      chosen = listOf(value, field.label + " (" + field.key + ")");
    } else {
      if (value instanceof Collection || value instanceof Map || value instanceof SpinJsonNode) {
        throw field.refuse("เลือกได้ค่าเดียว", "takes one value, was " + describe(value));
      }
      chosen = List.of(value);
    }
    for (Object one : chosen) {
      String choice = one == null ? "" : one.toString();
      JsonNode option = offered.get(choice);
      if (option == null) {
        // options of people name the groups they come from: say which
        String from = offered.values().stream().map(o -> o.path("group").asText("")).filter(g -> !g.isEmpty())
            .findFirst().orElse("");
        throw field.refuse("ค่า '" + abbreviate(choice) + "' ไม่อยู่ในตัวเลือกที่กำหนด"
                + (from.isEmpty() ? "" : " (สมาชิกของกลุ่ม " + from + ")"),
            "'" + abbreviate(choice) + "' is not one of the options offered" + (from.isEmpty() ? "" : " (members of " + from + ")"));
      }
      String groups = option.path("group").asText("");
      if (!groups.isEmpty() && !memberOf.test(choice, groups)) {
        throw field.refuse("ไม่พบผู้ใช้ '" + choice + "' ในกลุ่ม " + groups,
            "user '" + choice + "' does not exist or is not a member of " + groups);
      }
    }
  }

  /** The options by value, or null when they cannot be known on the server. */
  private Map<String, JsonNode> offered(JsonNode component, Function<String, Object> existing) {
    JsonNode list;
    if (component.has("values")) {
      list = component.get("values");
    } else if (component.hasNonNull("valuesKey") && existing != null) {
      Object options = json.plain(existing.apply(component.get("valuesKey").asText()));
      if (options == null) {
        return null;
      }
      list = json.toJson(options);
    } else {
      return null;
    }
    if (list == null || !list.isArray()) {
      return null;
    }
    Map<String, JsonNode> byValue = new LinkedHashMap<>();
    for (JsonNode option : list) {
      JsonNode value = option.isObject() ? option.get("value") : option;
      if (value != null && !value.isNull()) {
        byValue.put(value.asText(), option);
      }
    }
    return byValue;
  }

  // --- conversions ---------------------------------------------------------------------------

  private List<Object> listOf(Object value, String label) {
    Object plain = json.plain(value);
    if (plain instanceof CharSequence text && text.toString().trim().startsWith("[")) {
      plain = json.toJava(json.toJson(text));
    }
    if (plain instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    if (plain instanceof Object[] array) {
      return List.of(array);
    }
    throw OfficeRuleException.invalid(label + " ต้องเป็นรายการ", label + " must be a list, was " + describe(plain));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> mapOf(Object value, String label) {
    Object plain = json.plain(value);
    if (plain instanceof CharSequence text && text.toString().trim().startsWith("{")) {
      plain = json.toJava(json.toJson(text));
    }
    if (plain instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw OfficeRuleException.invalid(label + " ต้องมีข้อมูลเป็นชุด (object)", label + " must be an object, was "
        + describe(plain));
  }

  private static String label(JsonNode component, String key) {
    String label = component.path("label").asText("");
    return label.isBlank() ? key : label;
  }

  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value instanceof CharSequence ? "'" + abbreviate(value.toString()) + "'" : abbreviate(value.toString());
    return text + " (" + value.getClass().getSimpleName() + ")";
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private record Field(String label, String key) {
    OfficeRuleException refuse(String thai, String english) {
      return OfficeRuleException.invalid(label + " (" + key + ") " + thai, key + " " + english);
    }
  }
}
