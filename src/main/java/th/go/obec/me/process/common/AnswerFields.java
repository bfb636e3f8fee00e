package th.go.obec.me.process.common;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import th.go.obec.me.guard.GuardPlugin;

/**
 * The fields a person answers on a task, taken from the task's deployed Camunda Form (through the
 * guard's form reader and cache), so that a diagram never repeats a form's field list.
 */
@Component
public class AnswerFields {

  private final GuardPlugin guard;

  public AnswerFields(GuardPlugin guard) {
    this.guard = guard;
  }

  public List<String> of(DelegateTask task) {
    return guard.formFields().answerFields(task);
  }
}
