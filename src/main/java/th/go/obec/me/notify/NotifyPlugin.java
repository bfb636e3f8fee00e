package th.go.obec.me.notify;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminders, escalation and the monthly digest for every process without a line of BPMN: every
 * user task of every deployed process gets the built-in {@link TaskReminders} listener (create,
 * update), the engine gets the notification job handlers and their retry
 * strategy, and at startup the next monthly digest is scheduled if no node has done it yet.
 */
@Component
public class NotifyPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(NotifyPlugin.class);

  private final NotifyProperties properties;
  private final TaskReminders reminders;
  private final List<JobHandler<?>> handlers;
  private final MonthlyDigest digest;

  public NotifyPlugin(NotifyProperties properties, TaskReminders reminders, TaskReminderJobHandler reminderHandler,
      DigestJobHandler digestHandler, DigestMessageJobHandler digestMessageHandler,
      MonthlyDigest digest) {
    this.properties = properties;
    this.reminders = reminders;
    this.handlers = List.of(reminderHandler, digestHandler, digestMessageHandler);
    this.digest = digest;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> jobHandlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    jobHandlers.addAll(handlers);
    configuration.setCustomJobHandlers(jobHandlers);

    configuration.setFailedJobCommandFactory(new NotifyJobRetries(
        configuration.getFailedJobCommandFactory() != null
            ? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory(),
        properties.retryIntervals()));

    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new TaskRemindersParseListener(reminders));
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    try {
      configuration.getCommandExecutorTxRequired().execute(context -> {
        digest.ensureScheduled(context);
        return null;
      });
    } catch (RuntimeException e) {
      // another node scheduled the same digest job (same id) at the same moment
      LOG.info("Monthly digest not scheduled here: {}", e.getMessage());
    }
  }
}
