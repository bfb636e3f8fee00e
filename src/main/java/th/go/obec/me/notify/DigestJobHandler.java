package th.go.obec.me.notify;

import java.time.YearMonth;
import java.util.Date;
import java.util.TreeSet;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The month's digest job ({@code me-monthly-digest}, {@link DigestMonth}): fans out one message
 * job per person with tasks due ({@code me-dig-<yyyyMM>-<userId>}) and one per administrator when
 * there is something to report ({@code me-dig-<yyyyMM>-@<userId>}), then schedules next month's.
 */
@Component
public class DigestJobHandler implements JobHandler<DigestMonth> {

  private static final Logger LOG = LoggerFactory.getLogger(DigestJobHandler.class);

  private final NotifyProperties properties;
  private final NotifyCalendar calendar;
  private final Recipients recipients;
  private final MonthlyDigest digest;

  public DigestJobHandler(NotifyProperties properties, NotifyCalendar calendar, Recipients recipients,
      MonthlyDigest digest) {
    this.properties = properties;
    this.calendar = calendar;
    this.recipients = recipients;
    this.digest = digest;
  }

  @Override
  public String getType() {
    return NotifyJobs.MONTHLY_DIGEST;
  }

  @Override
  public void execute(DigestMonth configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
    YearMonth month = configuration.month();
    Date now = ClockUtil.getCurrentTime();
    if (properties.enabled() && properties.digest().enabled()) {
      TreeSet<String> people = digest.peopleWithTasksDueBefore(MonthlyDigest.endOf(month));
      String ym = month.toString().replace("-", "");
      for (String userId : people) {
        NotifyJobs.createIfAbsent(context, "me-dig-" + ym + "-" + NotifyJobs.idPart(userId), NotifyJobs.DIGEST_MESSAGE,
            new DigestMessage(DigestMessage.Audience.PERSON, month, userId), now, properties.attempts());
      }
      if (!digest.problems(month).isEmpty() || !MonthlyDigest.failedJobs(context).isEmpty()) {
        for (Person admin : recipients.members(properties.adminGroup())) {
          NotifyJobs.createIfAbsent(context, "me-dig-" + ym + "-@" + NotifyJobs.idPart(admin.id()),
              NotifyJobs.DIGEST_MESSAGE, new DigestMessage(DigestMessage.Audience.ADMIN, month, admin.id()), now,
              properties.attempts());
        }
      }
      LOG.info("Monthly digest {}: {} people", month, people.size());
    }
    YearMonth next = calendar.nextDigestMonth(now);
    digest.scheduleNext(context, next.isAfter(month) ? next : month.plusMonths(1));
  }

  @Override
  public DigestMonth newConfiguration(String canonicalString) {
    return DigestMonth.parse(canonicalString);
  }

  @Override
  public void onDelete(DigestMonth configuration, JobEntity jobEntity) {
    // nothing kept outside the job
  }
}
