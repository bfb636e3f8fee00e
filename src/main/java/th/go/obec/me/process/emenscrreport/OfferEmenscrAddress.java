package th.go.obec.me.process.emenscrreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of emenscr-report: {@code emenscrUrl}, eMENSCR's configured address, for the link
 * on the owners' entry and progress forms (the manual's step 7).
 */
@Component("offerEmenscrAddress")
public class OfferEmenscrAddress implements ExecutionListener {

  private final EmenscrSettings settings;

  public OfferEmenscrAddress(EmenscrSettings settings) {
    this.settings = settings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable("emenscrUrl", settings.url());
  }
}
