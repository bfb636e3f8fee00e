package th.go.obec.me.web;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.obec.me.support.Dates.bangkok;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.support.ProcessEngineTest;
import th.go.obec.me.support.GuardCheckProcess;

class TaskFiltersTest extends ProcessEngineTest {

  @Autowired
  TaskFilters taskFilters;

  private String deployment;

  @BeforeEach
  void deployTestProcess() {
    deployment = GuardCheckProcess.deployWithStartForm(processEngine);
  }

  @AfterEach
  void removeTestProcess() {
    processEngine.getRepositoryService().deleteDeployment(deployment, true);
  }

  private List<Task> listAs(String user, List<String> groups, String filterName) {
    FilterService filters = processEngine.getFilterService();
    IdentityService identity = processEngine.getIdentityService();
    identity.setAuthentication(user, groups);
    try {
      Filter filter = filters.createTaskFilterQuery().filterName(filterName).singleResult();
      assertThat(filter).as("%s may read filter %s", user, filterName).isNotNull();
      return filters.list(filter.getId());
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void everyPersonHasTheFourThaiFiltersInOrderOnce() {
    taskFilters.postProcessEngineBuild(processEngine);

    List<Filter> filters = processEngine.getFilterService().createTaskFilterQuery().list();
    assertThat(filters).extracting(Filter::getName)
        .containsExactlyInAnyOrder("งานของฉัน", "งานของกลุ่ม", "เกินกำหนด", "ใกล้ครบกำหนด");
    assertThat(filters).allSatisfy(filter -> assertThat(filter.getQuery().toString()).isNotNull());
    assertThat(listAs("ratana.n", List.of("finance"), "งานของฉัน")).isEmpty();
  }

  @Test
  void groupTasksMyTasksOverdueAndDueSoonFollowWhoIsAskingAndTheClock() {
    clockAt(bangkok("2026-11-21T10:00"));
    // the start form's required subject: every start is checked against it (guard/ProcessStartGuard)
    processEngine.getRuntimeService().startProcessInstanceByKey(GuardCheckProcess.KEY,
        Map.of(ProcessConstants.FISCAL_YEAR, 2570, "subject", "ทดสอบตัวกรอง"));
    Task draft = processEngine.getTaskService().createTaskQuery().processDefinitionKey(GuardCheckProcess.KEY).singleResult();
    List<String> somchaiGroups = List.of("monitoring", "me-committee");

    assertThat(listAs("somchai.j", somchaiGroups, "งานของกลุ่ม")).extracting(Task::getId).containsExactly(draft.getId());
    assertThat(listAs("ratana.n", List.of("finance"), "งานของกลุ่ม")).isEmpty();
    assertThat(listAs("somchai.j", somchaiGroups, "งานของฉัน")).isEmpty();
    // due 30 Nov 2569, 16:30: more than 7 days away on 21 Nov
    assertThat(listAs("somchai.j", somchaiGroups, "ใกล้ครบกำหนด")).isEmpty();

    processEngine.getTaskService().claim(draft.getId(), "somchai.j");
    assertThat(listAs("somchai.j", somchaiGroups, "งานของฉัน")).extracting(Task::getId).containsExactly(draft.getId());
    assertThat(listAs("somchai.j", somchaiGroups, "งานของกลุ่ม")).isEmpty();

    clockAt(bangkok("2026-11-25T10:00"));
    assertThat(listAs("somchai.j", somchaiGroups, "ใกล้ครบกำหนด")).extracting(Task::getId).containsExactly(draft.getId());
    assertThat(listAs("somchai.j", somchaiGroups, "เกินกำหนด")).isEmpty();

    clockAt(bangkok("2026-12-01T10:00"));
    assertThat(listAs("somchai.j", somchaiGroups, "เกินกำหนด")).extracting(Task::getId).containsExactly(draft.getId());
    assertThat(listAs("ratana.n", List.of("finance"), "เกินกำหนด")).isEmpty();
    // the director may read every task, but his Tasklist lists his own work
    assertThat(listAs("wichai.s", List.of("director", "executives"), "เกินกำหนด")).isEmpty();
  }
}
