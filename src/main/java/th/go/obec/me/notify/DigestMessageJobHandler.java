package th.go.obec.me.notify;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * One digest message job ({@code me-digest-message}, {@link DigestMessage}): a person's digest or
 * an administrator's report, sent, retried and logged on its own.
 */
@Component
public class DigestMessageJobHandler implements JobHandler<DigestMessage> {

  private final Recipients recipients;
  private final MonthlyDigest digest;

  public DigestMessageJobHandler(Recipients recipients, MonthlyDigest digest) {
    this.recipients = recipients;
    this.digest = digest;
  }

  @Override
  public String getType() {
    return NotifyJobs.DIGEST_MESSAGE;
  }

  @Override
  public void execute(DigestMessage configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
    Person person = recipients.person(configuration.userId());
    if (person == null) {
      // the person left the office since the digest was fanned out
      return;
    }
    if (configuration.audience() == DigestMessage.Audience.ADMIN) {
      digest.sendAdminReport(context, configuration.month(), person);
    } else {
      digest.sendDigest(configuration.month(), person);
    }
  }

  @Override
  public DigestMessage newConfiguration(String canonicalString) {
    return DigestMessage.parse(canonicalString);
  }

  @Override
  public void onDelete(DigestMessage configuration, JobEntity jobEntity) {
    // nothing kept outside the job
  }
}
