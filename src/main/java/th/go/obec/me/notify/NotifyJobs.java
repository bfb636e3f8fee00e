package th.go.obec.me.notify;

import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.EverLivingJobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

/**
 * The engine jobs of this package: standalone jobs (no process instance, so they never show in a
 * process's own job queries) with a due date, a custom handler and an id derived from what they
 * are for, so that the same reminder or digest can never be scheduled twice (the id is the
 * primary key of ACT_RU_JOB, also across nodes).
 *
 * <p>They are not exclusive: exclusivity keeps the jobs of one process instance from running at
 * the same time, and the job executor groups exclusive jobs by their process instance; these
 * have none, so as exclusive jobs every acquired batch of them would run one after the other on a
 * single thread (measured: a burst of reminders used one job thread of several).
 */
public final class NotifyJobs {

  public static final String TASK_REMINDER = "me-task-reminder";
  public static final String MONTHLY_DIGEST = "me-monthly-digest";
  public static final String DIGEST_MESSAGE = "me-digest-message";
  public static final Set<String> TYPES = Set.of(TASK_REMINDER, MONTHLY_DIGEST, DIGEST_MESSAGE);

  private NotifyJobs() {
  }

  public static JobEntity find(CommandContext context, String id) {
    return context.getJobManager().findJobById(id);
  }

  public static JobEntity create(CommandContext context, String id, String type, JobHandlerConfiguration configuration, Date due,
      int attempts, String tenantId) {
    return insert(context, new MessageEntity(), id, type, configuration, due, attempts, tenantId);
  }

  /**
   * Creates a job that is not deleted when it has run: its handler moves it to its next moment
   * (or deletes it when nothing is left), the way the engine's own history cleanup job lives.
   */
  public static JobEntity createEverLiving(CommandContext context, String id, String type, JobHandlerConfiguration configuration,
      Date due, int attempts, String tenantId) {
    return insert(context, new EverLivingJobEntity(), id, type, configuration, due, attempts, tenantId);
  }

  /** Not exclusive: jobs without a process instance would all be run one after another on one thread. */
  private static JobEntity insert(CommandContext context, JobEntity job, String id, String type, JobHandlerConfiguration configuration,
      Date due, int attempts, String tenantId) {
    job.setId(id);
    job.setExclusive(false);
    job.setJobHandlerType(type);
    job.setJobHandlerConfiguration(configuration);
    job.setDuedate(due);
    job.setRetries(attempts);
    job.setTenantId(tenantId);
    context.getJobManager().insertAndHintJobExecutor(job);
    return job;
  }

  /** Creates the job unless a job with that id exists already. */
  public static void createIfAbsent(CommandContext context, String id, String type, JobHandlerConfiguration configuration, Date due,
      int attempts) {
    if (find(context, id) == null) {
      create(context, id, type, configuration, due, attempts, null);
    }
  }

  /** Moves a job to a new moment with a fresh set of attempts (resolving its incident, if any). */
  public static void reschedule(JobEntity job, JobHandlerConfiguration configuration, Date due, int attempts) {
    job.setJobHandlerConfiguration(configuration);
    job.setDuedate(due);
    job.setLockOwner(null);
    job.setLockExpirationTime(null);
    if (job.getRetries() != attempts) {
      job.setRetries(attempts);
    }
  }

  /** A part of a job id made from a user or task id, short enough for the 64-character id column. */
  public static String idPart(String id) {
    return id.length() <= 40 && id.matches("[A-Za-z0-9._-]+") ? id : MailChannel.hash(id);
  }
}
