package th.go.obec.me.notify;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Retries of the notification jobs: the engine's default strategy retries a custom job at once,
 * three times; a mail server that is down for an hour needs waits. A failed notification job
 * waits the next of me.notify.retry-intervals; with no attempt left it keeps retries = 0, which
 * raises a {@code failedJob} incident (an administrator sets its retries to retry it). Other jobs
 * keep the engine's strategy.
 */
public class NotifyJobRetries implements FailedJobCommandFactory {

  private final FailedJobCommandFactory engineDefault;
  private final List<Duration> intervals;

  public NotifyJobRetries(FailedJobCommandFactory engineDefault, List<Duration> intervals) {
    this.engineDefault = engineDefault;
    this.intervals = intervals;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    Command<Object> fallback = engineDefault.getCommand(jobId, exception);
    return new JobRetryCmd(jobId, exception) {
      @Override
      public Object execute(CommandContext commandContext) {
        JobEntity job = getJob();
        if (job == null || !NotifyJobs.TYPES.contains(job.getJobHandlerType())) {
          return fallback.execute(commandContext);
        }
        job.setLockOwner(null);
        job.setLockExpirationTime(null);
        if (exception instanceof OptimisticLockingException) {
          // another node or a due-date change got there first: try again as it stands
          notifyAcquisition(commandContext);
          return null;
        }
        logException(job);
        decrementRetries(job);
        int retries = job.getRetries();
        Date now = ClockUtil.getCurrentTime();
        if (retries > 0 && !intervals.isEmpty()) {
          int index = Math.max(0, Math.min(intervals.size() - retries, intervals.size() - 1));
          job.setDuedate(new Date(now.getTime() + intervals.get(index).toMillis()));
        } else if (retries == 0) {
          // when an administrator gives it retries again, it runs at once
          job.setDuedate(now);
        }
        notifyAcquisition(commandContext);
        return null;
      }
    };
  }
}
