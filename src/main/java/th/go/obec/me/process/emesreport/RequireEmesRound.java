package th.go.obec.me.process.emesreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.guard.StartRefusedException;

/**
 * Start listener of emes-report: E-MES reports in rounds and the business key carries the round,
 * so a request without one is refused at the start (REST 400), whether it came as a message or
 * from the start form.
 */
@Component("requireEmesRound")
public class RequireEmesRound implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Object round = execution.getVariable(ProcessConstants.ROUND);
    if (round == null || round.toString().isBlank()) {
      throw StartRefusedException.badRequest("ต้องระบุรอบการรายงาน E-MES (round) เช่น 1"
          + " / emes-report needs the round it reports (variable round)");
    }
  }
}
