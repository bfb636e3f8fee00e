package th.go.obec.me.guard;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A check of a task completion that needs the task itself, not only its form (e.g. the documents
 * attached in the step: documents/EvidenceRule). Spring beans of this type run after the form's
 * required fields and {@link FormRule}s, through every API; a rule refuses with an
 * {@code OfficeRuleException} naming what is missing, and nothing is saved.
 */
public interface TaskCompletionRule {

  /**
   * @param taskId    the task being completed (the caller may work on it)
   * @param form      the task's deployed Camunda Form (its JSON, already read), or null for none
   * @param submitted the submitted variables (plain or typed values), never null
   */
  void check(String taskId, JsonNode form, Map<String, Object> submitted);
}
