package th.go.obec.me.process.emesreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of emes-report: {@code emesUrl}, E-MES's configured address, for the link on the
 * submission form (the manual's step 11, "submit the report in E-MES").
 */
@Component("offerEmesAddress")
public class OfferEmesAddress implements ExecutionListener {

  private final EmesSettings settings;

  public OfferEmesAddress(EmesSettings settings) {
    this.settings = settings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable("emesUrl", settings.url());
  }
}
