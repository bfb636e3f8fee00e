package th.go.obec.me.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.core.variable.scope.SimpleVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.SimpleVariableInstance.SimpleVariableInstanceFactory;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceFactory;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceLifecycleListener;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.engine.Unrestricted;

/**
 * The user tasks a process definition will ask for, read from its BPMN model, with their due
 * dates evaluated for a fiscal year where the due-date expression needs nothing but
 * {@code fiscalYear} ({@code ${fiscalCalendar.monthEnd(fiscalYear, 2)}}); a due that depends on
 * the instance's data (a deadline from outside, a person chosen in a form) stays unknown.
 * A definition never changes, so the result is kept per definition and year.
 */
@Component
public class PlannedSteps {

  private static final Logger LOG = LoggerFactory.getLogger(PlannedSteps.class);

  /** A user task of the model: id, name (without expressions), due (or null), candidate groups. */
  public record Planned(String taskDefinitionKey, String name, Date due, List<String> candidateGroups,
      String assignee) {
  }

  private final ProcessEngine engine;
  private final Map<String, List<Planned>> cache = new ConcurrentHashMap<>();

  public PlannedSteps(@Lazy ProcessEngine engine) {
    this.engine = engine;
  }

  public List<Planned> of(String processDefinitionId, int fiscalYear) {
    return cache.computeIfAbsent(processDefinitionId + "@" + fiscalYear, key -> read(processDefinitionId, fiscalYear));
  }

  private List<Planned> read(String processDefinitionId, int fiscalYear) {
    // The model is the deployment's text, not a person's data: read it as the engine.
    BpmnModelInstance model = Unrestricted.query(() -> engine.getRepositoryService().getBpmnModelInstance(processDefinitionId));
    Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
    List<Planned> planned = new ArrayList<>();
    for (UserTask task : tasks) {
      planned.add(new Planned(task.getId(), plainName(task.getName()), evaluate(task.getCamundaDueDate(), fiscalYear),
          staticList(task.getCamundaCandidateGroups()), staticValue(task.getCamundaAssignee())));
    }
    return List.copyOf(planned);
  }

  private Date evaluate(String dueDate, int fiscalYear) {
    if (dueDate == null || dueDate.isBlank()) {
      return null;
    }
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    // The failure is caught inside the command: an exception leaving it would be logged as an error.
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      try {
        Expression expression = configuration.getExpressionManager().createExpression(dueDate);
        Object value = expression.getValue(new YearScope(fiscalYear));
        return value instanceof Date date ? date : null;
      } catch (RuntimeException needsInstanceData) {
        // e.g. execution.getVariable('externalDeadline'): only an instance knows it
        LOG.debug("Due date {} cannot be planned from the fiscal year alone: {}", dueDate, needsInstanceData.getMessage());
        return null;
      }
    });
  }

  /** "ประสานผู้เกี่ยวข้อง...: ข้อมูลของ ${request...}" becomes the text before the expression. */
  static String plainName(String name) {
    if (name == null) {
      return "";
    }
    int expression = name.indexOf("${");
    String plain = expression < 0 ? name : name.substring(0, expression);
    return plain.replaceAll("[\\s:：-]+$", "").trim();
  }

  private static List<String> staticList(String text) {
    if (text == null || text.isBlank() || text.contains("${") || text.contains("#{")) {
      return List.of();
    }
    return List.of(text.split("\\s*,\\s*"));
  }

  private static String staticValue(String text) {
    return text == null || text.isBlank() || text.contains("${") || text.contains("#{") ? null : text;
  }

  /** Variables of a planned instance: only its fiscal year. */
  private static final class YearScope extends AbstractVariableScope {

    private static final long serialVersionUID = 1L;

    private final VariableStore<CoreVariableInstance> store = new VariableStore<>();

    YearScope(int fiscalYear) {
      store.addVariable(new SimpleVariableInstance(ProcessConstants.FISCAL_YEAR, Variables.integerValue(fiscalYear)));
    }

    @Override
    protected VariableStore<CoreVariableInstance> getVariableStore() {
      return store;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected VariableInstanceFactory<CoreVariableInstance> getVariableInstanceFactory() {
      return (VariableInstanceFactory) SimpleVariableInstanceFactory.INSTANCE;
    }

    @Override
    protected List<VariableInstanceLifecycleListener<CoreVariableInstance>> getVariableInstanceLifecycleListeners() {
      return List.of();
    }

    @Override
    public AbstractVariableScope getParentVariableScope() {
      return null;
    }

    @Override
    public String getVariableScopeKey() {
      return "planned";
    }
  }
}
