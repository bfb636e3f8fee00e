package th.go.obec.me.guard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

import th.go.obec.me.ProcessConstants;

/**
 * Runs when any process instance starts: checks {@code fiscalYear}, gives the instance the
 * catalogue's business key {@code <key>:<fiscalYear>[:<round>]} and refuses a second instance with
 * a business key that is already running.
 */
@Component
public class ProcessStartGuard implements ExecutionListener {

  private final FiscalYearRule fiscalYearRule;

  public ProcessStartGuard(FiscalYearRule fiscalYearRule) {
    this.fiscalYearRule = fiscalYearRule;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    int fiscalYear = fiscalYearRule.check(execution.getVariable(ProcessConstants.FISCAL_YEAR));
    execution.setVariable(ProcessConstants.FISCAL_YEAR, fiscalYear);

    String businessKey = businessKeyOf(execution, processKey, fiscalYear);
    execution.setProcessBusinessKey(businessKey);
    refuseIfRunning(execution, processKey, businessKey, fiscalYear);
  }

  private String businessKeyOf(DelegateExecution execution, String processKey, int fiscalYear) {
    String yearKey = processKey + ":" + fiscalYear;
    String given = execution.getProcessBusinessKey();
    Object round = execution.getVariable(ProcessConstants.ROUND);
    if (given == null || given.isBlank()) {
      return round == null || round.toString().isBlank() ? yearKey : yearKey + ":" + round.toString().trim();
    }
    if (!given.equals(yearKey) && !given.startsWith(yearKey + ":")) {
      throw StartRefusedException.badRequest("รหัสอ้างอิง (business key) ต้องเป็น " + yearKey
          + " หรือ " + yearKey + ":<รอบ> แต่ได้รับ '" + given + "' / business key must be <key>:<fiscalYear>[:<round>]");
    }
    if (given.length() > yearKey.length() && round == null) {
      execution.setVariable(ProcessConstants.ROUND, given.substring(yearKey.length() + 1));
    }
    return given;
  }

  private void refuseIfRunning(DelegateExecution execution, String processKey, String businessKey, int fiscalYear) {
    // The starter may not be allowed to see the other instance; the rule holds for everyone.
    long running = Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
        .getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey)
        .count());
    if (running > 0) {
      throw StartRefusedException.conflict("กระบวนการนี้ของปีงบประมาณ " + fiscalYear
          + " กำลังดำเนินการอยู่แล้ว (" + businessKey + ") จึงเริ่มซ้ำไม่ได้"
          + " / a process instance with business key " + businessKey + " is already running");
    }
  }
}
