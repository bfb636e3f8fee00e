package th.go.obec.me.guard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.identity.People;
import th.go.obec.me.rule.Limits;
import th.go.obec.me.rule.OfficeRuleUnwrapping;

/**
 * Gives every process the guards of the catalogue without a line in its BPMN: the start guard
 * on each process definition, and the required-field check on each task completion and start-form
 * submission. The start guard is added after the BPMN's own start listeners, so that those may
 * set {@code fiscalYear} first (a timer start has no one to enter it).
 */
@Component
public class GuardPlugin extends AbstractProcessEnginePlugin {

  private final ProcessStartGuard startGuard;
  private final RunningBusinessKeys runningKeys;
  private final People people;
  private final Limits limits;
  private final FiscalCalendar calendar;
  private final ObjectProvider<TaskCompletionRule> taskRules;
  private final ObjectMapper json;

  public GuardPlugin(ProcessStartGuard startGuard, RunningBusinessKeys runningKeys, People people, Limits limits,
      FiscalCalendar calendar, ObjectProvider<TaskCompletionRule> taskRules, ObjectMapper json) {
    this.json = json;
    this.taskRules = taskRules;
    this.startGuard = startGuard;
    this.runningKeys = runningKeys;
    this.people = people;
    this.limits = limits;
    this.calendar = calendar;
  }

  private ProcessEngineConfigurationImpl engineConfiguration;
  private RequiredFormFields requiredFields;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.engineConfiguration = configuration;
    DateWindow dates = new DateWindow(calendar::currentFiscalYear, limits.dateYearsAround());
    SubmittedJson submitted = new SubmittedJson(json);
    SubmittedVariables variables = new SubmittedVariables(limits, dates, submitted);
    requiredFields = new RequiredFormFields(json, configuration::getFormService,
        (taskId, name) -> taskVariable(configuration, taskId, name),
        List.of(new FormFieldValues(this::isMember, dates, submitted), variables),
        taskId -> fixedFormOf(configuration, taskId), taskRules);
    startGuard.useChecks(requiredFields, variables);
    configuration.setIdentityService(new PasswordRules());
    configuration.setTaskService(new FormCheckingTaskService(requiredFields, variables));
    configuration.setFormService(new FormCheckingFormService(requiredFields));

    // office rules leave commands unwrapped (logged at DEBUG by the engine, WARN by the REST layer)
    configuration.setCustomPostCommandInterceptorsTxRequired(withUnwrapping(
        configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(withUnwrapping(
        configuration.getCustomPostCommandInterceptorsTxRequiresNew()));

    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new ProcessGuardParseListener(startGuard, runningKeys, new KnownAssignee(people)));
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  /**
   * The form of a task that cannot change: a Camunda Form bound to the task's own deployment, named
   * by the process definition and the task's key; null for any other form. Only for a person who may
   * read the task (the same check as reading its form), so that nobody learns a form's fields from a
   * refusal before being refused the task.
   */
  static String fixedFormOf(ProcessEngineConfigurationImpl configuration, String taskId) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getProcessDefinitionId() == null || task.getTaskDefinition() == null) {
        return null;
      }
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkReadTask(task);
      }
      return fixedFormKey(task);
    });
  }

  /** The key of {@link #fixedFormOf}'s form for a task at hand (a listener's), without checks. */
  static String fixedFormKey(TaskEntity task) {
    if (task.getProcessDefinitionId() == null || task.getTaskDefinition() == null) {
      return null;
    }
    FormDefinition form = task.getTaskDefinition().getFormDefinition();
    if (form == null || form.getCamundaFormDefinitionKey() == null
        || !"deployment".equals(form.getCamundaFormDefinitionBinding())
        || form.getCamundaFormDefinitionKey().getExpressionText().contains("{")) {
      return null;
    }
    return task.getProcessDefinitionId() + "|" + task.getTaskDefinitionKey();
  }

  /**
   * The form checks built for this engine, for beans that need a task's form fields (the
   * per-person answers of process.common): one reader and one cache of deployed forms.
   */
  public RequiredFormFields formFields() {
    return requiredFields;
  }

  private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    all.add(0, new OfficeRuleUnwrapping());
    return all;
  }

  private static Object taskVariable(ProcessEngineConfigurationImpl configuration, String taskId, String name) {
    try {
      return configuration.getTaskService().getVariable(taskId, name);
    } catch (ProcessEngineException unreadable) {
      // no such task or not allowed: the completion itself reports it
      return null;
    }
  }

  /** A person offered by {@code people.options(groups)} still exists and is in one of the groups. */
  private boolean isMember(String userId, String groups) {
    // Checked before the completing command, with the caller's authentication set (staff may not
    // read users): a command of its own with authorization checks off.
    java.util.concurrent.Callable<Boolean> member = () -> {
      for (String group : groups.split(",")) {
        if (people.memberIds(group.trim()).contains(userId)) {
          return true;
        }
      }
      return false;
    };
    return engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(member));
  }
}
