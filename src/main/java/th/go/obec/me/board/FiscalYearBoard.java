package th.go.obec.me.board;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.board.BoardCaller.Caller;
import th.go.obec.me.board.BoardModel.AttachedFile;
import th.go.obec.me.board.BoardModel.Counts;
import th.go.obec.me.board.BoardModel.HistoryStep;
import th.go.obec.me.board.BoardModel.InstanceHistory;
import th.go.obec.me.board.BoardModel.InstanceRow;
import th.go.obec.me.board.BoardModel.Overview;
import th.go.obec.me.board.BoardModel.ProcessRow;
import th.go.obec.me.board.BoardModel.StepRow;
import th.go.obec.me.board.BoardModel.StepState;
import th.go.obec.me.board.BoardModel.Workload;
import th.go.obec.me.board.PlannedSteps.Planned;
import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.documents.Document;
import th.go.obec.me.documents.Documents;
import th.go.obec.me.guard.BusinessKeys;
import th.go.obec.me.identity.People;
import th.go.obec.me.process.fiscalyearcalendar.YearWork;

/**
 * The fiscal year at a glance for the supervisors: every catalogue process, its instances of the
 * year (business key {@code <key>:<year>[:<round>]}), their steps and where each stands. Read
 * through the engine's history service with the caller's authorizations, so the board shows no
 * more than Cockpit would show the same person.
 */
@Service
public class FiscalYearBoard {

  /** The catalogue's processes, in its order (../shared/PROCESSES.md sections 1-12). */
  public static final List<String> CATALOGUE = List.of(
      ProcessConstants.POLICY_MONITORING,
      ProcessConstants.INSPECTION_REPORT,
      ProcessConstants.EMES_REPORT,
      ProcessConstants.EMENSCR_REPORT,
      ProcessConstants.ACTION_PLAN_MONITORING,
      ProcessConstants.STRATEGY_EVALUATION,
      ProcessConstants.DEVELOPMENT_PLAN_EVALUATION,
      ProcessConstants.ACTION_PLAN_EVALUATION,
      ProcessConstants.ME_SYSTEM_DEVELOPMENT,
      ProcessConstants.ANNUAL_REPORT,
      ProcessConstants.FISCAL_YEAR_CALENDAR,
      ProcessConstants.ASSIGNED_WORK);

  /** How many years back the board reads: the history is kept ten years (HISTORY_TTL). */
  static final int YEARS_BACK = 10;

  private static final String COMPLETED = "completed";
  private static final String NOT_STARTED = "NOT_STARTED";

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final FiscalCalendar calendar;
  private final YearWork yearWork;
  private final PlannedSteps plannedSteps;
  private final Documents documents;

  public FiscalYearBoard(@Lazy HistoryService historyService, @Lazy RepositoryService repositoryService,
      @Lazy IdentityService identityService, FiscalCalendar calendar, YearWork yearWork, PlannedSteps plannedSteps,
      @Lazy Documents documents) {
    this.documents = documents;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.calendar = calendar;
    this.yearWork = yearWork;
    this.plannedSteps = plannedSteps;
  }

  // --- the year ------------------------------------------------------------------------------

  /** The fiscal year of a request path, or a refusal saying what to enter. */
  public int checkYear(String text) {
    int current = calendar.currentFiscalYear();
    int year;
    try {
      year = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new BoardRefusedException(HttpStatus.BAD_REQUEST, "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น " + current
          + " (ได้รับ '" + text + "') / the fiscal year must be a Buddhist Era year such as " + current);
    }
    if (year < current - YEARS_BACK || year > current + 1) {
      String hint = Math.abs(year - (current - FiscalCalendar.BUDDHIST_ERA_OFFSET)) <= 2
          ? " ดูเหมือนเป็นปี ค.ศ.: ใช้ปี พ.ศ. (ค.ศ. + 543)" : "";
      throw new BoardRefusedException(HttpStatus.BAD_REQUEST, "ปีงบประมาณ " + year + " อยู่นอกช่วงที่ดูได้ ("
          + (current - YEARS_BACK) + "-" + (current + 1) + ")" + hint
          + " / the fiscal year must be a Buddhist Era year from " + (current - YEARS_BACK) + " to " + (current + 1));
    }
    return year;
  }

  public Overview overview(int fiscalYear, Caller caller) {
    return asCaller(caller, () -> buildOverview(fiscalYear));
  }

  private Overview buildOverview(int fiscalYear) {
    Date now = ClockUtil.getCurrentTime();
    Map<String, ProcessDefinition> latest = latestDefinitions();

    Map<String, List<HistoricProcessInstance>> byKey = new LinkedHashMap<>();
    CATALOGUE.forEach(key -> byKey.put(key, new ArrayList<>()));
    List<HistoricProcessInstance> instances = instancesOf(fiscalYear);
    Map<String, String> keyOfDefinition = new HashMap<>();
    for (HistoricProcessInstance instance : instances) {
      byKey.get(instance.getProcessDefinitionKey()).add(instance);
      keyOfDefinition.put(instance.getProcessDefinitionId(), instance.getProcessDefinitionKey());
    }

    Map<String, List<HistoricTaskInstance>> tasksByInstance = tasksOf(instances).stream()
        .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId));
    Names names = names(tasksByInstance.values().stream().flatMap(List::stream)
        .map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).collect(Collectors.toSet()));

    List<ProcessRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<HistoricProcessInstance>> entry : byKey.entrySet()) {
      String key = entry.getKey();
      ProcessDefinition definition = latest.get(key);
      if (definition == null && entry.getValue().isEmpty()) {
        continue; // not deployed, or not visible to this caller
      }
      List<InstanceRow> instanceRows = new ArrayList<>();
      entry.getValue().stream()
          .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
          .forEach(instance -> instanceRows.add(instanceRow(instance,
              tasksByInstance.getOrDefault(instance.getId(), List.of()), fiscalYear, now, names)));
      if (instanceRows.isEmpty() && definition != null) {
        instanceRows.add(notStartedRow(key, definition, fiscalYear, names));
      }
      String name = definition != null && definition.getName() != null ? definition.getName() : key;
      rows.add(new ProcessRow(key, name, plannedStart(key, fiscalYear), count(instanceRows), instanceRows));
    }
    return new Overview(fiscalYear, Date.from(FiscalCalendar.firstDay(fiscalYear).atStartOfDay(FiscalCalendar.BANGKOK).toInstant()),
        Date.from(FiscalCalendar.lastDay(fiscalYear).plusDays(1).atStartOfDay(FiscalCalendar.BANGKOK).toInstant()), now, rows);
  }

  private InstanceRow instanceRow(HistoricProcessInstance instance, List<HistoricTaskInstance> tasks, int fiscalYear,
      Date now, Names names) {
    List<Planned> planned = plannedSteps.of(instance.getProcessDefinitionId(), fiscalYear);
    Map<String, Planned> plannedByKey = planned.stream()
        .collect(Collectors.toMap(Planned::taskDefinitionKey, p -> p, (a, b) -> a));
    List<StepRow> steps = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Date earliestOpenDue = null;
    for (HistoricTaskInstance task : tasks) {
      seen.add(task.getTaskDefinitionKey());
      StepState state = stateOf(task, now);
      if (state == null) {
        continue; // cancelled (the instance was deleted, or a boundary event took over)
      }
      if (task.getEndTime() == null && task.getDueDate() != null
          && (earliestOpenDue == null || task.getDueDate().before(earliestOpenDue))) {
        earliestOpenDue = task.getDueDate();
      }
      Planned model = plannedByKey.get(task.getTaskDefinitionKey());
      String holder = task.getAssignee() != null ? names.user(task.getAssignee())
          : model == null ? null : names.groups(model.candidateGroups());
      steps.add(new StepRow(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDueDate(),
          task.getEndTime(), task.getAssignee(), holder, state));
    }
    boolean running = instance.getEndTime() == null;
    if (running) {
      // the steps ahead: those of the model not reached yet, due no earlier than the work at hand
      for (Planned step : planned) {
        if (!seen.contains(step.taskDefinitionKey()) && step.due() != null
            && (earliestOpenDue == null || !step.due().before(earliestOpenDue))) {
          steps.add(notStartedStep(step, names));
        }
      }
    }
    steps.sort(STEP_ORDER);
    return new InstanceRow(instance.getId(), instance.getBusinessKey(), instance.getState(), instance.getStartTime(),
        instance.getEndTime(), steps);
  }

  private InstanceRow notStartedRow(String key, ProcessDefinition definition, int fiscalYear, Names names) {
    List<StepRow> steps = new ArrayList<>();
    for (Planned step : plannedSteps.of(definition.getId(), fiscalYear)) {
      steps.add(notStartedStep(step, names));
    }
    steps.sort(STEP_ORDER);
    return new InstanceRow(null, BusinessKeys.of(key, fiscalYear), NOT_STARTED, null, null, steps);
  }

  private static StepRow notStartedStep(Planned step, Names names) {
    String holder = step.assignee() != null ? names.user(step.assignee()) : names.groups(step.candidateGroups());
    return new StepRow(null, step.taskDefinitionKey(), step.name(), step.due(), null, step.assignee(), holder,
        StepState.NOT_STARTED);
  }

  private static final Comparator<StepRow> STEP_ORDER = Comparator
      .comparing(StepRow::due, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(StepRow::completed, Comparator.nullsLast(Comparator.naturalOrder()));

  static StepState stateOf(HistoricTaskInstance task, Date now) {
    Date due = task.getDueDate();
    if (task.getEndTime() != null) {
      if (!COMPLETED.equals(task.getDeleteReason())) {
        return null;
      }
      return due != null && task.getEndTime().after(due) ? StepState.DONE_LATE : StepState.DONE;
    }
    return due != null && due.before(now) ? StepState.OVERDUE : StepState.OPEN;
  }

  private static Counts count(List<InstanceRow> instances) {
    int[] counts = new int[StepState.values().length];
    instances.forEach(instance -> instance.steps().forEach(step -> counts[step.state().ordinal()]++));
    return new Counts(counts[StepState.DONE.ordinal()], counts[StepState.DONE_LATE.ordinal()],
        counts[StepState.OPEN.ordinal()], counts[StepState.OVERDUE.ordinal()], counts[StepState.NOT_STARTED.ordinal()]);
  }

  /** Where the calendar starts the work (the fiscal-year calendar itself on 1 September before). */
  private Date plannedStart(String key, int fiscalYear) {
    if (YearWork.CALENDAR_WORK.contains(key)) {
      return yearWork.startOf(key, fiscalYear);
    }
    if (ProcessConstants.FISCAL_YEAR_CALENDAR.equals(key)) {
      return calendar.monthStart(fiscalYear - 1, 9);
    }
    return null;
  }

  private Map<String, ProcessDefinition> latestDefinitions() {
    Cached<Map<String, ProcessDefinition>> cached = definitions;
    if (cached == null || !cached.fresh()) {
      Map<String, ProcessDefinition> latest = new HashMap<>();
      repositoryService.createProcessDefinitionQuery().processDefinitionKeysIn(CATALOGUE.toArray(String[]::new))
          .latestVersion().list().forEach(definition -> latest.put(definition.getKey(), definition));
      cached = new Cached<>(Map.copyOf(latest), System.currentTimeMillis());
      definitions = cached;
    }
    return cached.value();
  }

  /** The year's instances: business key {@code <key>:<year>} or {@code <key>:<year>:<round>}. */
  private List<HistoricProcessInstance> instancesOf(int fiscalYear) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(CATALOGUE.toArray(String[]::new))
        .processInstanceBusinessKeyLike("%:" + fiscalYear + "%")
        .list().stream()
        .filter(instance -> belongsTo(instance, fiscalYear))
        .toList();
  }

  static boolean belongsTo(HistoricProcessInstance instance, int fiscalYear) {
    return BusinessKeys.isOfYear(instance.getBusinessKey(), instance.getProcessDefinitionKey(), fiscalYear);
  }

  private List<HistoricTaskInstance> tasksOf(List<HistoricProcessInstance> instances) {
    if (instances.isEmpty()) {
      return List.of();
    }
    Set<String> ids = instances.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    return historyService.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKeyIn(instances.stream().map(HistoricProcessInstance::getBusinessKey)
            .distinct().toArray(String[]::new))
        .list().stream()
        .filter(task -> ids.contains(task.getProcessInstanceId()))
        .toList();
  }

  // --- workload ------------------------------------------------------------------------------

  /** Each person's work: open and overdue now, done within the fiscal year; unclaimed work last. */
  public List<Workload> workload(int fiscalYear, Caller caller) {
    return asCaller(caller, () -> {
      Date now = ClockUtil.getCurrentTime();
      Date yearStart = Date.from(FiscalCalendar.firstDay(fiscalYear).atStartOfDay(FiscalCalendar.BANGKOK).toInstant());
      Date yearEnd = Date.from(FiscalCalendar.lastDay(fiscalYear).plusDays(1).atStartOfDay(FiscalCalendar.BANGKOK).toInstant());
      Map<String, int[]> byPerson = new LinkedHashMap<>();
      for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery().unfinished().processUnfinished().list()) {
        int[] counts = byPerson.computeIfAbsent(task.getAssignee() == null ? "" : task.getAssignee(), k -> new int[4]);
        counts[stateOf(task, now) == StepState.OVERDUE ? 1 : 0]++;
      }
      for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery().finished()
          .taskDeleteReason(COMPLETED).finishedAfter(yearStart).finishedBefore(yearEnd).list()) {
        int[] counts = byPerson.computeIfAbsent(task.getAssignee() == null ? "" : task.getAssignee(), k -> new int[4]);
        counts[stateOf(task, now) == StepState.DONE_LATE ? 3 : 2]++;
      }
      Names names = names(byPerson.keySet().stream().filter(id -> !id.isEmpty()).collect(Collectors.toSet()));
      return byPerson.entrySet().stream()
          .map(entry -> {
            int[] c = entry.getValue();
            String id = entry.getKey().isEmpty() ? null : entry.getKey();
            String name = id == null ? "ยังไม่มีผู้รับงาน (งานของกลุ่ม)" : names.user(id);
            // done counts both on time and late; doneLate says how many of them were late
            return new Workload(id, name, c[0], c[1], c[2] + c[3], c[3]);
          })
          .sorted(Comparator.comparing((Workload w) -> w.userId() == null)
              .thenComparing(Comparator.comparingInt((Workload w) -> w.overdue()).reversed())
              .thenComparing(Comparator.comparingInt((Workload w) -> w.open()).reversed())
              .thenComparing(Workload::name))
          .toList();
    });
  }

  // --- history of an instance ----------------------------------------------------------------

  /** Every finished step of an instance: who, when, how late, the review's decision and comment, links. */
  public InstanceHistory history(String processInstanceId, Caller caller) {
    return asCaller(caller, () -> {
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      if (instance == null) {
        throw new BoardRefusedException(HttpStatus.NOT_FOUND, "ไม่พบกระบวนงาน " + processInstanceId
            + " / no such process instance");
      }
      List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
          .processInstanceId(processInstanceId).finished().taskDeleteReason(COMPLETED)
          .orderByHistoricTaskInstanceEndTime().asc().list();
      List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(processInstanceId)
          .variableUpdates().disableCustomObjectDeserialization().list();
      // the caller sees this instance (its history answered): its files, by the step that attached them
      Map<String, List<AttachedFile>> attached = new HashMap<>();
      for (Document document : documents.documentsOf(processInstanceId)) {
        attached.computeIfAbsent(document.taskId(), taskId -> new ArrayList<>()).add(new AttachedFile(document.id(),
            document.name(), document.kind(), "/api/documents/" + document.id() + "/content"));
      }
      Names names = names(tasks.stream().map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull)
          .collect(Collectors.toSet()));
      List<HistoryStep> steps = new ArrayList<>();
      for (HistoricTaskInstance task : tasks) {
        Map<String, Object> left = new LinkedHashMap<>();
        for (HistoricDetail detail : details) {
          boolean ofTask = task.getId().equals(detail.getTaskId())
              || (detail.getActivityInstanceId() != null && detail.getActivityInstanceId().equals(task.getActivityInstanceId()));
          if (ofTask && detail instanceof HistoricVariableUpdate update) {
            left.put(update.getVariableName(), update.getValue());
          }
        }
        Integer daysLate = null;
        if (task.getDueDate() != null && task.getEndTime().after(task.getDueDate())) {
          daysLate = (int) Math.max(1, ChronoUnit.DAYS.between(FiscalCalendar.toZoned(task.getDueDate()).toLocalDate(),
              FiscalCalendar.toZoned(task.getEndTime()).toLocalDate()));
        }
        Object approved = left.get(ProcessConstants.APPROVED);
        Object comment = left.get(ProcessConstants.COMMENT);
        List<String> documents = left.values().stream()
            .filter(value -> value instanceof String text && text.matches("(?i)https?://\\S+"))
            .map(String.class::cast).distinct().toList();
        steps.add(new HistoryStep(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
            task.getAssignee() == null ? null : names.user(task.getAssignee()), task.getStartTime(), task.getDueDate(),
            task.getEndTime(), daysLate, approved instanceof Boolean b ? b : null,
            comment == null || comment.toString().isBlank() ? null : comment.toString(), documents,
            attached.getOrDefault(task.getId(), List.of())));
      }
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
          .processDefinitionId(instance.getProcessDefinitionId()).singleResult();
      return new InstanceHistory(instance.getId(), instance.getProcessDefinitionKey(),
          definition == null ? instance.getProcessDefinitionKey() : definition.getName(), instance.getBusinessKey(),
          instance.getState(), instance.getStartTime(), instance.getEndTime(), steps);
    });
  }

  // --- helpers -------------------------------------------------------------------------------

  /** People's and groups' Thai names, read once per request. */
  private record Names(Map<String, String> users, Map<String, String> groupNames) {
    String user(String id) {
      return users.getOrDefault(id, id);
    }

    String groups(List<String> ids) {
      if (ids.isEmpty()) {
        return null;
      }
      return ids.stream().map(id -> groupNames.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }
  }

  /**
   * The roles' Thai names and the catalogue's latest definitions change with a new organization
   * file or deployment, not between two looks at the board: read at most once a minute. (Only
   * supervisors and administrators reach the board, and they may read every group and definition.)
   */
  private static final long CACHE_MILLIS = 60_000;
  private volatile Cached<Map<String, String>> groupNames;
  private volatile Cached<Map<String, ProcessDefinition>> definitions;

  private record Cached<T>(T value, long readAt) {
    boolean fresh() {
      return System.currentTimeMillis() - readAt < CACHE_MILLIS;
    }
  }

  private Map<String, String> groupNames() {
    Cached<Map<String, String>> cached = groupNames;
    if (cached == null || !cached.fresh()) {
      Map<String, String> names = new HashMap<>();
      for (Group group : identityService.createGroupQuery().list()) {
        names.put(group.getId(), group.getName() == null ? group.getId() : group.getName());
      }
      cached = new Cached<>(Map.copyOf(names), System.currentTimeMillis());
      groupNames = cached;
    }
    return cached.value();
  }

  private Names names(Set<String> userIds) {
    Map<String, String> users = new HashMap<>();
    if (!userIds.isEmpty()) {
      for (User user : identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
        users.put(user.getId(), People.displayName(user));
      }
    }
    return new Names(users, groupNames());
  }

  /**
   * Runs the queries with the caller's authorizations, as Cockpit would. Over HTTP the request
   * already acts as the caller (web/ApiAuthentication); called from Java, the caller is set here,
   * and whatever authentication was current is put back afterwards.
   */
  private <T> T asCaller(Caller caller, Supplier<T> work) {
    org.camunda.bpm.engine.impl.identity.Authentication before = identityService.getCurrentAuthentication();
    identityService.setAuthentication(caller.userId(), caller.groupIds());
    try {
      return work.get();
    } finally {
      if (before == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(before);
      }
    }
  }
}
