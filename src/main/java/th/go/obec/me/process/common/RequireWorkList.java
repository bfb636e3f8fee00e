package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the step that builds a work list (E-MES steps 5 and 6: "build the
 * tool", "assign the indicators' owners"; eMENSCR step 4: "assign the projects' owners"): refuses a list with no rows, a
 * row without its {@code code}, two rows with one code and, when the task names an
 * {@code ownerGroup}, an owner who is not a member of that group.
 *
 * <p>Properties of the task: {@code workList}, optionally {@code ownerGroup}.
 */
@Component("requireWorkList")
public class RequireWorkList implements TaskListener {

  private final PersonAnswers answers;

  public RequireWorkList(PersonAnswers answers) {
    this.answers = answers;
  }

  @Override
  public void notify(DelegateTask task) {
    String list = ElementProperties.required(task, "workList");
    ElementProperties.optional(task, "ownerGroup").ifPresentOrElse(
        group -> answers.requireOwners(task, list, group),
        () -> answers.requireItems(task, list));
  }
}
