package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the meeting that checks a work list: the items it ticked are marked
 * {@code needsRevision} in the list, which is what the rework step's multi-instance collection
 * ({@code ${personAnswers.toRevise(indicators)}}) reads.
 *
 * <p>Properties of the task: {@code workList} and {@code selectionVariable}.
 */
@Component("markItemsToRevise")
public class MarkItemsToRevise implements TaskListener {

  private final PersonAnswers answers;

  public MarkItemsToRevise(PersonAnswers answers) {
    this.answers = answers;
  }

  @Override
  public void notify(DelegateTask task) {
    answers.markForRevision(task.getExecution(), ElementProperties.required(task, "workList"),
        task.getVariable(ElementProperties.required(task, "selectionVariable")));
  }
}
