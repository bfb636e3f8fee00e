package th.go.obec.me.notify;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/**
 * The configuration of a reminder job ({@code me-task-reminder}), typed: the schedule of a task's
 * messages, or a job of the first design that an office upgrading may still have in its database
 * (one job per message). {@link #parse} is the one place that reads the stored text; each record
 * writes its own ({@link #toCanonicalString}).
 */
public sealed interface ReminderJobConfiguration extends JobHandlerConfiguration
    permits ReminderSchedule, SingleReminder {

  static ReminderJobConfiguration parse(String canonical) {
    return ReminderSchedule.isSchedule(canonical) ? ReminderSchedule.parse(canonical) : SingleReminder.parse(canonical);
  }
}
