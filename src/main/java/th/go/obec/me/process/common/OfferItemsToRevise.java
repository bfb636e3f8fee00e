package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the meeting that checks a work list (E-MES step 9, "readiness meeting";
 * eMENSCR step 7, "check the quarter"): the checklist of the list's items to send back, nothing ticked yet.
 *
 * <p>Properties of the task: {@code workList}, {@code choicesVariable} (the checklist's options)
 * and {@code selectionVariable} (what the meeting ticks, emptied here).
 */
@Component("offerItemsToRevise")
public class OfferItemsToRevise implements ExecutionListener {

  private final PersonAnswers answers;

  public OfferItemsToRevise(PersonAnswers answers) {
    this.answers = answers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String list = ElementProperties.required(execution, "workList");
    execution.setVariable(ElementProperties.required(execution, "choicesVariable"),
        answers.options(execution.getVariable(list)));
    execution.setVariable(ElementProperties.required(execution, "selectionVariable"), null);
  }
}
