package th.go.obec.me.guard;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.obec.me.engine.TypedValues;

/**
 * Submitted values as plain lists, maps and scalars, whatever way they came (typed, serialized
 * JSON, Spin), read with the application's {@link ObjectMapper}: the form rules and the variable
 * limits look at the same values.
 */
final class SubmittedJson {

  private final ObjectMapper json;

  SubmittedJson(ObjectMapper json) {
    this.json = json;
  }

  Object plain(Object value) {
    if (value instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
        && !serializable.isDeserialized()) {
      // a value not yet deserialized (the REST API's Json and Object values): its JSON read as
      // plain lists and maps, never into a class of the client's choice
      String serialized = serializable.getValueSerialized();
      String trimmed = serialized == null ? "" : serialized.trim();
      if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
        Object parsed = toJava(toJson(trimmed));
        return parsed == null ? serialized : parsed;
      }
      return serialized;
    }
    Object plain = TypedValues.plain(value);
    if (plain instanceof SpinJsonNode spin) {
      return toJava(toJson(spin));
    }
    return plain;
  }

  JsonNode toJson(Object value) {
    try {
      if (value instanceof SpinJsonNode spin) {
        return json.readTree(spin.toString());
      }
      if (value instanceof CharSequence text) {
        return json.readTree(text.toString());
      }
      return json.valueToTree(value);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return null;
    }
  }

  Object toJava(JsonNode node) {
    return node == null ? null : json.convertValue(node, Object.class);
  }
}
