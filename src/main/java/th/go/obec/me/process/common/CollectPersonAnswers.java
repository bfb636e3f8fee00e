package th.go.obec.me.process.common;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of a per-person task (e.g. the manual's "groups send their results" steps):
 * the person's answers to the task's form become one row of the process's answers list, which
 * the next step's form shows as a table.
 *
 * <p>Properties of the task: {@code answersList} (the list variable, e.g. {@code progressReports})
 * and, optionally, {@code withVariables}: what the row carries before the answers (e.g.
 * {@code quarter, projectCode, projectName}).
 */
@Component("collectPersonAnswers")
public class CollectPersonAnswers implements TaskListener {

  private final PersonAnswers answers;
  private final AnswerFields fields;

  public CollectPersonAnswers(PersonAnswers answers, AnswerFields fields) {
    this.answers = answers;
    this.fields = fields;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> row = new ArrayList<>(ElementProperties.names(ElementProperties.optional(task, "withVariables")));
    row.addAll(fields.of(task));
    answers.collect(task, ElementProperties.required(task, "answersList"), row);
  }
}
