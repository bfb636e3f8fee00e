package th.go.obec.me.process.emenscrreport;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of one committee order of emenscr-report's step 6 ("appoint the committees"):
 * the order's draft and signing forms open blank (not with the previous order's number, date or
 * approval) and titled with the committee ({@code documentTitle} from {@code committeeTitle}).
 */
@Component("openCommitteeOrder")
public class OpenCommitteeOrder implements ExecutionListener {

  /** The fields of the order's draft and signing forms, kept per order. */
  static final List<String> ORDER_FIELDS = List.of("documentNumber", "documentDate", "documentLink", "approved",
      "comment");

  @Override
  public void notify(DelegateExecution execution) {
    ORDER_FIELDS.forEach(name -> execution.setVariableLocal(name, null));
    execution.setVariableLocal("documentTitle", execution.getVariable("committeeTitle"));
  }
}
