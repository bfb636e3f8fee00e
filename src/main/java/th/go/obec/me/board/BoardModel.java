package th.go.obec.me.board;

import java.util.Date;
import java.util.List;

/**
 * What the fiscal-year board shows, as the REST API returns it (JSON) and the workbook writes it.
 * Dates are instants (ISO-8601 in JSON); the web page and the workbook show them in the Buddhist Era.
 */
public final class BoardModel {

  private BoardModel() {
  }

  /** The states of a step, as the contract spells them. */
  public enum StepState {
    DONE("done", "เสร็จตามกำหนด"),
    DONE_LATE("done-late", "เสร็จล่าช้า"),
    OPEN("open", "กำลังดำเนินการ"),
    OVERDUE("overdue", "เกินกำหนด"),
    NOT_STARTED("not-started", "ยังไม่เริ่ม");

    private final String id;
    private final String thai;

    StepState(String id, String thai) {
      this.id = id;
      this.thai = thai;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
      return id;
    }

    public String thai() {
      return thai;
    }
  }

  /** The year of one office: every catalogue process, in the catalogue's order. */
  public record Overview(int fiscalYear, Date yearStart, Date yearEnd, Date now, List<ProcessRow> processes) {
  }

  /**
   * One catalogue process: its instances of the year, or one "not started" placeholder showing
   * where the work should be. {@code plannedStart} is the calendar's start (null for work that
   * starts from outside or by hand).
   */
  public record ProcessRow(String key, String name, Date plannedStart, Counts counts, List<InstanceRow> instances) {
  }

  /** Counts of the process's steps; {@code open} does not include the overdue ones. */
  public record Counts(int done, int doneLate, int open, int overdue, int notStarted) {
  }

  /**
   * An instance of the year (state: ACTIVE, SUSPENDED, COMPLETED, EXTERNALLY_TERMINATED,
   * INTERNALLY_TERMINATED, or NOT_STARTED for the placeholder, whose id is null).
   */
  public record InstanceRow(String id, String businessKey, String state, Date startTime, Date endTime,
      List<StepRow> steps) {
  }

  /**
   * A step: a task that ran or runs (taskId set), or a user task of the model not reached yet
   * (taskId null, due evaluated for the fiscal year where the model's expression allows it).
   * {@code holder}: who holds it, the assignee's name or the candidate groups' Thai names.
   */
  public record StepRow(String taskId, String taskDefinitionKey, String name, Date due, Date completed,
      String assignee, String holder, StepState state) {
  }

  /** One person's work: open and overdue now (any year), done within the fiscal year. */
  public record Workload(String userId, String name, int open, int overdue, int done, int doneLate) {
  }

  /**
   * One finished step of an instance, for the supervisors' history: the links its form left
   * ({@code documents}) and the files attached in it ({@code attached}: evidence, memos).
   */
  public record HistoryStep(String taskId, String taskDefinitionKey, String name, String assignee, String assigneeName,
      Date started, Date due, Date completed, Integer daysLate, Boolean approved, String comment,
      List<String> documents, List<AttachedFile> attached) {
  }

  /** A file attached in a step, with the address that downloads it (documents/DocumentsController). */
  public record AttachedFile(String id, String name, String kind, String url) {
  }

  public record InstanceHistory(String id, String processKey, String processName, String businessKey, String state,
      Date startTime, Date endTime, List<HistoryStep> steps) {
  }
}
