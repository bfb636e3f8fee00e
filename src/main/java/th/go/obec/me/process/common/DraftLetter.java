package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.go.obec.me.documents.OfficeLetters;

/**
 * Complete listener of a "draft the memo / order / announcement" step of the manual: writes the
 * letter's new version (PDF and DOCX) from the form (see {@link OfficeLetters#draft}).
 *
 * <p>Properties of the task: {@code letterKind} ({@code memo}, {@code order}, {@code announcement})
 * and {@code letterFields}, the prefix of the form's fields ({@code memo} for {@code memoTitle} ...).
 */
@Component("draftLetter")
public class DraftLetter implements TaskListener {

  private final OfficeLetters letters;

  public DraftLetter(OfficeLetters letters) {
    this.letters = letters;
  }

  @Override
  public void notify(DelegateTask task) {
    letters.draft(task, ElementProperties.required(task, "letterKind"), ElementProperties.required(task, "letterFields"));
  }
}
