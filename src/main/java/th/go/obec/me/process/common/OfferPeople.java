package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import th.go.obec.me.identity.People;

/**
 * Start listener of a step whose form picks people (e.g. the group heads asked for results, the
 * owners of projects or indicators): the members of the group as the form's select options.
 *
 * <p>Properties of the step: {@code peopleGroup} (a group id, e.g. {@code group-heads}) and
 * {@code optionsVariable} (the form's {@code valuesKey}, e.g. {@code groupHeadOptions}).
 */
@Component("offerPeople")
public class OfferPeople implements ExecutionListener {

  private final People people;

  public OfferPeople(People people) {
    this.people = people;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(ElementProperties.required(execution, "optionsVariable"),
        people.options(ElementProperties.required(execution, "peopleGroup")));
  }
}
