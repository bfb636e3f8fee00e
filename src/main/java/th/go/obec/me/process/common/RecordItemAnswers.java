package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of a per-item task of a work list: the owner's answers to the task's form go
 * into the item's row (and the row is no longer marked for revision), so that the meetings that
 * check the work see every item in one table.
 *
 * <p>Properties of the task: {@code workList} (e.g. {@code indicators}) and {@code item} (the
 * multi-instance element variable, e.g. {@code indicator}).
 */
@Component("recordItemAnswers")
public class RecordItemAnswers implements TaskListener {

  private final PersonAnswers answers;
  private final AnswerFields fields;

  public RecordItemAnswers(PersonAnswers answers, AnswerFields fields) {
    this.answers = answers;
    this.fields = fields;
  }

  @Override
  public void notify(DelegateTask task) {
    answers.record(task, ElementProperties.required(task, "workList"), ElementProperties.required(task, "item"),
        fields.of(task));
  }
}
