package th.go.obec.me.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shapes of task query Tasklist sends for a person (its shared filters and "my groups or
 * mine"), recognised so that {@code task-query.xml} can answer them starting from the person's side:
 * the identity links of their candidate groups and the tasks assigned to them, instead of reading
 * every open task. A query is recognised only when every criterion it holds is one of: assignee,
 * unassigned, candidate groups (with or without assigned tasks), due before, due after, in the
 * query itself and in at most one OR part made of an assignee and candidate groups; candidate groups
 * in one place only; ordering by the task's own columns. Anything else, down to a single other field
 * that differs from a new query's, is left to the engine's query text ({@link #of} returns null).
 */
public final class PersonTaskQuery {

  private static final Logger LOG = LoggerFactory.getLogger(PersonTaskQuery.class);

  /** Fields that are not criteria of the WHERE clause (or are handled by the rest of the statement). */
  private static final Set<String> NOT_CRITERIA = Set.of("commandExecutor", "resultType", "expressions", "validators",
      "maxResultsLimitEnabled", "authCheck", "tenantCheck", "orderingProperties", "maxResults", "firstResult",
      "parameter", "databaseType", "initializeFormKeys", "variableNamesIgnoreCase", "variableValuesIgnoreCase",
      "cachedCandidateGroups", "cachedUserGroups", "queries", "isOrQueryActive", "withCommentAttachmentInfo",
      "serialVersionUID");

  /** The criteria answered here; every other field must be as in a new query. */
  private static final Set<String> HANDLED = Set.of("assignee", "unassigned", "candidateGroups", "includeAssignedTasks",
      "dueBefore", "dueAfter");

  private static final List<Field> FIELDS = fields();

  private final String assignee;
  private final boolean unassigned;
  private final List<String> candidateGroups;
  private final boolean includeAssigned;
  private final Date dueBefore;
  private final Date dueAfter;
  private final String orAssignee;
  private final List<String> orCandidateGroups;
  private final boolean orIncludeAssigned;
  private final boolean orPart;

  private PersonTaskQuery(TaskQueryImpl main, TaskQueryImpl or) {
    this.assignee = main.getAssignee();
    this.unassigned = Boolean.TRUE.equals(main.isUnassigned());
    this.candidateGroups = nonEmpty(main.getCandidateGroups());
    this.includeAssigned = Boolean.TRUE.equals(main.isIncludeAssignedTasksInternal());
    this.dueBefore = main.getDueBefore();
    this.dueAfter = main.getDueAfter();
    this.orPart = or != null;
    this.orAssignee = or == null ? null : or.getAssignee();
    this.orCandidateGroups = or == null ? null : nonEmpty(or.getCandidateGroups());
    this.orIncludeAssigned = or != null && Boolean.TRUE.equals(or.isIncludeAssignedTasksInternal());
  }

  /** The query's recognised shape, or null when the engine's own query text must answer it. */
  public static PersonTaskQuery of(TaskQueryImpl query) {
    try {
      List<TaskQueryImpl> queries = query.getQueries();
      if (queries == null || queries.isEmpty() || queries.get(0) != query || queries.size() > 2) {
        return null;
      }
      TaskQueryImpl or = queries.size() == 2 ? queries.get(1) : null;
      if (!onlyHandled(query) || (or != null && !onlyHandled(or)) || !ownColumnsOrdering(query)
          || !checkable(query.getAuthCheck())) {
        return null;
      }
      PersonTaskQuery shape = new PersonTaskQuery(query, or);
      boolean groupsTwice = shape.candidateGroups != null && shape.orCandidateGroups != null;
      boolean orOnlyPersonal = or == null || (or.getDueBefore() == null && or.getDueAfter() == null
          && !Boolean.TRUE.equals(or.isUnassigned()) && (shape.orAssignee != null || shape.orCandidateGroups != null));
      // an empty group list is a criterion the engine's text spells its own way: leave it to the engine
      boolean emptyGroups = (query.getCandidateGroups() != null && shape.candidateGroups == null)
          || (or != null && or.getCandidateGroups() != null && shape.orCandidateGroups == null);
      return groupsTwice || !orOnlyPersonal || emptyGroups ? null : shape;
    } catch (RuntimeException unexpected) {
      // e.g. a later engine version with other fields: the engine's own text is always right
      LOG.debug("Task query left to the engine's text: {}", unexpected.toString());
      return null;
    }
  }

  /** No check, or a grants-only check {@link TaskQueryTuning#rewritable} says ours can make. */
  private static boolean checkable(AuthorizationCheck check) {
    return check == null || !check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null
        || TaskQueryTuning.rewritable(check);
  }

  private static boolean onlyHandled(TaskQueryImpl query) {
    TaskQueryImpl fresh = new TaskQueryImpl();
    for (Field field : FIELDS) {
      if (NOT_CRITERIA.contains(field.getName()) || HANDLED.contains(field.getName())) {
        continue;
      }
      try {
        if (!Objects.deepEquals(field.get(query), field.get(fresh))) {
          LOG.debug("Task query left to the engine's text: it sets {}", field.getName());
          return false;
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return !query.isTaskNameCaseInsensitive();
  }

  private static boolean ownColumnsOrdering(TaskQueryImpl query) {
    for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
      if (ordering.getRelation() != null || !ordering.isContainedProperty()) {
        return false;
      }
    }
    return true;
  }

  private static List<Field> fields() {
    List<Field> fields = new ArrayList<>();
    for (Class<?> type = TaskQueryImpl.class; type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          fields.add(field);
        }
      }
    }
    return List.copyOf(fields);
  }

  private static List<String> nonEmpty(List<String> groups) {
    return groups == null || groups.isEmpty() ? null : groups;
  }

  public String getAssignee() {
    return assignee;
  }

  public boolean isUnassigned() {
    return unassigned;
  }

  public List<String> getCandidateGroups() {
    return candidateGroups;
  }

  public boolean isIncludeAssigned() {
    return includeAssigned;
  }

  public Date getDueBefore() {
    return dueBefore;
  }

  public Date getDueAfter() {
    return dueAfter;
  }

  public boolean isOrPart() {
    return orPart;
  }

  public String getOrAssignee() {
    return orAssignee;
  }

  public List<String> getOrCandidateGroups() {
    return orCandidateGroups;
  }

  public boolean isOrIncludeAssigned() {
    return orIncludeAssigned;
  }

  @Override
  public String toString() {
    return "PersonTaskQuery[assignee=" + assignee + ", unassigned=" + unassigned + ", groups=" + candidateGroups
        + ", due " + dueAfter + ".." + dueBefore + ", or=" + orPart + " " + orAssignee + " " + orCandidateGroups + "]";
  }
}
