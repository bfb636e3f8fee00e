package th.go.obec.me.notify;

/** The messages a waiting task can cause, in the order they fall due. */
public enum ReminderKind {
  /** To the assignee (or candidates) N days before the due date. */
  BEFORE("B"),
  /** To the assignee (or candidates) on the due date. */
  DUE("D"),
  /** To the head of the responsible group once the task is overdue. */
  OVERDUE_HEAD("H"),
  /** To the director when the task stays overdue. */
  OVERDUE_DIRECTOR("X");

  private final String code;

  ReminderKind(String code) {
    this.code = code;
  }

  /** Short code used in job ids. */
  public String code() {
    return code;
  }
}
