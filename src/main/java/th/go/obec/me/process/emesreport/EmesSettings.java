package th.go.obec.me.process.emesreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.guard.StartRefusedException;

/**
 * What changes from year to year in E-MES ({@code me.emes.*}): OBEC moves the system to a new
 * address most years (eva65 was the 2565 one), so the submission step reads it from here.
 */
@Component("emesSettings")
@ConfigurationProperties("me.emes")
public class EmesSettings {

  private String url = "http://eva65.learningobec.com/login.php";

  /**
   * E-MES reports in rounds and the business key carries the round: a request without one is
   * refused at the start (REST 400), whether it came as a message or from the start form.
   */
  public void requireRound(DelegateExecution execution) {
    Object round = execution.getVariable(ProcessConstants.ROUND);
    if (round == null || round.toString().isBlank()) {
      throw StartRefusedException.badRequest("ต้องระบุรอบการรายงาน E-MES (round) เช่น 1"
          + " / emes-report needs the round it reports (variable round)");
    }
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
