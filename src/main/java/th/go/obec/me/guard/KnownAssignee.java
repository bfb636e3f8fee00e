package th.go.obec.me.guard;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import th.go.obec.me.identity.People;
import th.go.obec.me.rule.OfficeRuleException;

/**
 * Every user task's assignment listener: a task is given only to a person the office has. The
 * engine itself accepts any text as assignee, so without it a claim, an assignment or a delegation
 * through REST (or a diagram's assignee expression) could route work to nobody, where it would wait
 * unseen. Refused with a 400 naming the id; the task keeps its assignee and its data.
 */
public class KnownAssignee implements TaskListener {

  private final People people;

  public KnownAssignee(People people) {
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee != null && people.user(assignee) == null) {
      throw OfficeRuleException.invalid(
          "ไม่พบผู้ใช้ '" + assignee + "' ในระบบ: มอบหมายงานได้เฉพาะบุคลากรที่มีบัญชีผู้ใช้",
          "no user '" + assignee + "': a task can be given only to a person who has an account");
    }
  }
}
