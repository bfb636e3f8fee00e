package th.go.obec.me.config;

import java.time.Period;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  public HistoryRetention(RepositoryService repositoryService, HistoryProperties properties) {
    this.repositoryService = repositoryService;
    // a number of days: HistoryProperties' check has run when Spring built it
    this.days = Period.parse(properties.timeToLive()).getDays();
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
