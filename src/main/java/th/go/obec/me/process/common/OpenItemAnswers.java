package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of a per-item task of a work list (an indicator's owner reports it in E-MES, a
 * project's owner in eMENSCR): the instance gets local copies of the form's fields, filled with
 * what the item's row already holds, so that returned work opens with the earlier answer.
 *
 * <p>Property of the task: {@code item}, the multi-instance element variable (e.g. {@code indicator}).
 */
@Component("openItemAnswers")
public class OpenItemAnswers implements TaskListener {

  private final PersonAnswers answers;
  private final AnswerFields fields;

  public OpenItemAnswers(PersonAnswers answers, AnswerFields fields) {
    this.answers = answers;
    this.fields = fields;
  }

  @Override
  public void notify(DelegateTask task) {
    answers.prefill(task.getExecution(), ElementProperties.required(task, "item"), fields.of(task));
  }
}
