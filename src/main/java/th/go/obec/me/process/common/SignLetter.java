package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.go.obec.me.documents.OfficeLetters;

/**
 * Complete listener of a "sign the memo / order / announcement" step of the manual: when
 * approved, writes the final PDF signed in the system (see {@link OfficeLetters#sign}).
 *
 * <p>Properties of the task: {@code letterKind} and {@code letterFields}, as on its draft step.
 */
@Component("signLetter")
public class SignLetter implements TaskListener {

  private final OfficeLetters letters;

  public SignLetter(OfficeLetters letters) {
    this.letters = letters;
  }

  @Override
  public void notify(DelegateTask task) {
    letters.sign(task, ElementProperties.required(task, "letterKind"), ElementProperties.required(task, "letterFields"));
  }
}
