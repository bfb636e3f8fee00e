package th.go.obec.me.guard;

import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One server-side check of a form submission (a task completion, a task form or a start form),
 * run by {@link RequiredFormFields} after the required fields. A rule throws an office rule
 * ({@code OfficeRuleException}) naming the field and the problem; nothing is saved then.
 */
public interface FormRule {

  /**
   * @param form      the deployed Camunda Form (its JSON), or null when the task or start has none
   * @param submitted the submitted variables (plain or typed values), never null
   * @param existing  the task's current variables by name (e.g. a select's {@code valuesKey}
   *                  options), or null for none (start forms)
   */
  void check(JsonNode form, Map<String, Object> submitted, Function<String, Object> existing);
}
