package th.go.obec.me.config;

import java.time.Period;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps finished processes as long as the office says ({@code HISTORY_TTL}, default ten years):
 * the BPMN files carry the default, and once the application is up (the start-up's deployment
 * is done by then) every process definition whose time to live differs is brought to the
 * configured one, so that the history cleanup honours a changed setting for old versions too.
 */
@Component
public class HistoryRetention {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

  private final RepositoryService repositoryService;
  private final int days;

  public HistoryRetention(RepositoryService repositoryService, @Value("${me.history.time-to-live:P3650D}") String timeToLive) {
    this.repositoryService = repositoryService;
    Period period = Period.parse(timeToLive);
    if (period.getYears() != 0 || period.getMonths() != 0 || period.getDays() <= 0) {
      throw new IllegalArgumentException("HISTORY_TTL must be a number of days such as P3650D, was " + timeToLive);
    }
    this.days = period.getDays();
  }

  @EventListener(ApplicationReadyEvent.class)
  public void applyConfiguredTimeToLive() {
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        LOG.info("History time to live of {} set to {} days", definition.getId(), days);
      }
    }
  }
}
