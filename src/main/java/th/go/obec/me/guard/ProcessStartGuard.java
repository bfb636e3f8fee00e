package th.go.obec.me.guard;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import th.go.obec.me.ProcessConstants;

/**
 * Runs when any process instance starts: checks {@code fiscalYear}, gives the instance the
 * catalogue's business key {@code <key>:<fiscalYear>[:<round>]}, checks what a person started it
 * with (the start form's required fields and values, the variables' limits) and refuses a second
 * instance with a business key that is already running.
 */
@Component
public class ProcessStartGuard implements ExecutionListener {

  private final FiscalYearRule fiscalYearRule;
  private final RunningBusinessKeys runningKeys;
  private RequiredFormFields formChecks;
  private SubmittedVariables variableChecks;
  /** Start forms bound to their deployment (none or the parsed form), by process definition id. */
  private final Map<String, Optional<JsonNode>> fixedStartForms = new ConcurrentHashMap<>();

  public ProcessStartGuard(FiscalYearRule fiscalYearRule, RunningBusinessKeys runningKeys) {
    this.fiscalYearRule = fiscalYearRule;
    this.runningKeys = runningKeys;
  }

  /**
   * The form checks are built by {@link GuardPlugin} with the engine's services, after this bean:
   * it hands them over before the engine starts.
   */
  void useChecks(RequiredFormFields formChecks, SubmittedVariables variableChecks) {
    this.formChecks = formChecks;
    this.variableChecks = variableChecks;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution;
    String processKey = instance.getProcessDefinition().getKey();
    if (variableChecks != null) {
      variableChecks.check(execution.getVariablesTyped(false));
    }
    Object givenYear = execution.getVariable(ProcessConstants.FISCAL_YEAR);
    int fiscalYear = fiscalYearRule.check(givenYear);
    if (!Integer.valueOf(fiscalYear).equals(givenYear)) {
      // only when it changes (a text, a long): setting the same value again writes one more history row
      execution.setVariable(ProcessConstants.FISCAL_YEAR, fiscalYear);
    }

    String businessKey = businessKeyOf(execution, processKey, fiscalYear);
    execution.setProcessBusinessKey(businessKey);
    checkStartForm(instance);
    refuseIfRunning(execution, processKey, businessKey, fiscalYear);
  }

  /**
   * A person's start through the REST API or Java (not a timer, not a call activity) must carry
   * what the start form requires, as a start-form submission does: otherwise the process fails
   * later in an expression that needs the missing value.
   */
  private void checkStartForm(ExecutionEntity instance) {
    if (formChecks == null || instance.getSuperExecution() != null || Context.getJobExecutorContext() != null) {
      return;
    }
    ActivityImpl initial = instance.getProcessDefinition().getInitial();
    if (initial == null || !"startEvent".equals(initial.getProperties().get(
        org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties.TYPE))) {
      return;
    }
    String definitionId = instance.getProcessDefinitionId();
    CommandContext context = Context.getCommandContext();
    // Read in this command, not through FormService: a nested service call that fails (a start
    // event without a Camunda Form) would mark the whole start's transaction rollback-only.
    Supplier<Optional<JsonNode>> read = () -> Optional.ofNullable(context.runWithoutAuthorization(
        () -> formChecks.formOf(() -> new GetDeployedStartFormCmd(definitionId).execute(context),
            "process definition " + definitionId)));
    // A start form bound to the definition's own deployment cannot change: read and parse it once
    // per process version instead of at every start (README "Speed at scale").
    JsonNode form = fixedStartForm(instance.getProcessDefinition())
        ? fixedStartForms.computeIfAbsent(definitionId, id -> read.get()).orElse(null)
        : read.get().orElse(null);
    if (form != null) {
      formChecks.check(form, instance.getVariables(), null);
    }
  }

  private static boolean fixedStartForm(ProcessDefinitionEntity definition) {
    FormDefinition form = definition.getStartFormDefinition();
    return form != null && form.getCamundaFormDefinitionKey() != null
        && "deployment".equals(form.getCamundaFormDefinitionBinding())
        && !form.getCamundaFormDefinitionKey().getExpressionText().contains("{");
  }

  private String businessKeyOf(DelegateExecution execution, String processKey, int fiscalYear) {
    String yearKey = BusinessKeys.of(processKey, fiscalYear);
    String given = execution.getProcessBusinessKey();
    Object round = execution.getVariable(ProcessConstants.ROUND);
    if (given == null || given.isBlank()) {
      return BusinessKeys.of(processKey, fiscalYear, round);
    }
    if (!BusinessKeys.isOfYear(given, processKey, fiscalYear)) {
      throw StartRefusedException.badRequest("รหัสอ้างอิง (business key) ต้องเป็น " + yearKey
          + " หรือ " + yearKey + ":<รอบ> แต่ได้รับ '" + given + "' / business key must be <key>:<fiscalYear>[:<round>]");
    }
    String givenRound = BusinessKeys.roundOf(given, processKey, fiscalYear);
    if (givenRound != null && round == null) {
      execution.setVariable(ProcessConstants.ROUND, givenRound);
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
    // The query sees committed instances; the key's row also stops one starting at this moment.
    if (running > 0 || !runningKeys.claim(businessKey, execution.getProcessInstanceId())) {
      throw StartRefusedException.conflict("กระบวนการนี้ของปีงบประมาณ " + fiscalYear
          + " กำลังดำเนินการอยู่แล้ว (" + businessKey + ") จึงเริ่มซ้ำไม่ได้"
          + " / a process instance with business key " + businessKey + " is already running");
    }
  }
}
