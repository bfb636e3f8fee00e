package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of a per-person task (each group head, each project owner answers the same
 * form, e.g. the manual's "groups send their results" steps): the task gets its own empty
 * variables for its form's fields, so that no one's form opens with someone else's answers.
 * (Input mappings cannot do this: on a multi-instance activity they run once, before the
 * instances exist.)
 */
@Component("openPersonAnswers")
public class OpenPersonAnswers implements TaskListener {

  private final PersonAnswers answers;
  private final AnswerFields fields;

  public OpenPersonAnswers(PersonAnswers answers, AnswerFields fields) {
    this.answers = answers;
    this.fields = fields;
  }

  @Override
  public void notify(DelegateTask task) {
    answers.open(task, fields.of(task));
  }
}
