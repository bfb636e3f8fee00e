package th.go.obec.me.notify;

import java.time.YearMonth;
import java.util.Date;
import java.util.List;

import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.calendar.ThaiDates;

/** The Thai texts of reminders, escalations and digests (dates in the Buddhist Era). */
public final class Messages {

  static final String FOOTER = "ข้อความนี้ส่งโดยอัตโนมัติจากระบบงานติดตาม ประเมินผล และรายงานผล โปรดอย่าตอบกลับ";

  private Messages() {
  }

  public static String subject(ReminderKind kind, TaskSummary task, Date now) {
    String due = ThaiDates.shortDate(task.dueDate());
    long days = NotifyCalendar.daysUntil(task.dueDate(), now);
    return switch (kind) {
      case BEFORE -> "แจ้งเตือน: งาน \"" + task.name() + "\" ครบกำหนด " + due + when(days);
      case DUE -> "แจ้งเตือน: งาน \"" + task.name() + "\" ครบกำหนดวันนี้ " + due;
      case OVERDUE_HEAD, OVERDUE_DIRECTOR -> "งานเกินกำหนด " + (-days) + " วัน: \"" + task.name()
          + "\" (ครบกำหนด " + due + ")";
    };
  }

  /** The paragraph that says why the message comes. */
  public static String lead(ReminderKind kind, TaskSummary task, Date now) {
    long days = NotifyCalendar.daysUntil(task.dueDate(), now);
    return switch (kind) {
      case BEFORE -> days > 0
          ? "งานต่อไปนี้จะครบกำหนดในอีก " + days + " วัน โปรดดำเนินการให้แล้วเสร็จภายในกำหนด"
          : "งานต่อไปนี้ครบกำหนดวันนี้ โปรดดำเนินการให้แล้วเสร็จภายในวันนี้";
      case DUE -> "งานต่อไปนี้ครบกำหนดวันนี้ โปรดดำเนินการให้แล้วเสร็จภายในวันนี้";
      case OVERDUE_HEAD -> "งานต่อไปนี้เกินกำหนดมาแล้ว " + (-days) + " วัน จึงเรียนมาเพื่อโปรดติดตามให้แล้วเสร็จ";
      case OVERDUE_DIRECTOR -> "งานต่อไปนี้เกินกำหนดมาแล้ว " + (-days)
          + " วัน จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการ";
    };
  }

  public static Message reminder(ReminderKind kind, TaskSummary task, Person to, Date now) {
    String text = "เรียน " + to.name() + "\n\n"
        + lead(kind, task, now) + "\n\n"
        + details(task)
        + "\n" + FOOTER + "\n";
    return new Message(subject(kind, task, now), text);
  }

  /** The chat text: the same facts, with whom the message is for. */
  public static String reminderChat(ReminderKind kind, TaskSummary task, List<Person> to, Date now) {
    return subject(kind, task, now) + "\n"
        + lead(kind, task, now) + "\n"
        + details(task)
        + "ถึง: " + names(to);
  }

  static String details(TaskSummary task) {
    return "กระบวนการ: " + task.processName() + "\n"
        + "งาน: " + task.name() + "\n"
        + "ครบกำหนด: " + ThaiDates.shortDate(task.dueDate()) + "\n"
        + "ผู้รับผิดชอบ: " + task.holder() + "\n"
        + "เปิดงาน: " + task.link() + "\n";
  }

  public static String digestSubject(YearMonth month, int due, int overdue) {
    return "สรุปงานประจำเดือน" + monthName(month) + ": ครบกำหนดในเดือนนี้ " + due + " งาน, เกินกำหนด " + overdue + " งาน";
  }

  /** The digest of one person: overdue tasks first, then the tasks due this month. */
  public static Message digest(Person to, YearMonth month, List<TaskSummary> overdue, List<TaskSummary> dueThisMonth,
      Date now) {
    return digest(to, month, overdue, overdue.size(), dueThisMonth, dueThisMonth.size(), null, now);
  }

  /**
   * The digest when only the first tasks of each part are listed: the counts are of all of them,
   * and a line says how many more there are, with Tasklist's address.
   */
  public static Message digest(Person to, YearMonth month, List<TaskSummary> overdue, int overdueTotal,
      List<TaskSummary> dueThisMonth, int dueTotal, String tasklistLink, Date now) {
    StringBuilder text = new StringBuilder("เรียน ").append(to.name()).append("\n\n")
        .append("สรุปงานของท่านในระบบ ณ วันที่ ").append(ThaiDates.shortDate(now)).append("\n\n");
    text.append("งานที่เกินกำหนด (").append(overdueTotal).append(" งาน)\n");
    appendTasks(text, overdue, now, true);
    appendMore(text, overdueTotal - overdue.size(), tasklistLink);
    text.append("\nงานที่ครบกำหนดในเดือน").append(monthName(month)).append(" (").append(dueTotal)
        .append(" งาน)\n");
    appendTasks(text, dueThisMonth, now, false);
    appendMore(text, dueTotal - dueThisMonth.size(), tasklistLink);
    text.append("\n").append(FOOTER).append("\n");
    return new Message(digestSubject(month, dueTotal, overdueTotal), text.toString());
  }

  private static void appendMore(StringBuilder text, int more, String tasklistLink) {
    if (more > 0) {
      text.append("... และอีก ").append(more).append(" งาน ดูทั้งหมดได้ใน Tasklist")
          .append(tasklistLink == null ? "" : ": " + tasklistLink).append("\n");
    }
  }

  private static void appendTasks(StringBuilder text, List<TaskSummary> tasks, Date now, boolean overdue) {
    if (tasks.isEmpty()) {
      text.append("- ไม่มี\n");
      return;
    }
    int n = 1;
    for (TaskSummary task : tasks) {
      text.append(n++).append(". ").append(task.name()).append(" (").append(task.processName()).append(")\n")
          .append("   ครบกำหนด ").append(ThaiDates.shortDate(task.dueDate()));
      if (overdue) {
        text.append(" เกินกำหนด ").append(-NotifyCalendar.daysUntil(task.dueDate(), now)).append(" วัน");
      }
      text.append("\n   ผู้รับผิดชอบ: ").append(task.holder())
          .append("\n   เปิดงาน: ").append(task.link()).append("\n");
    }
  }

  /** The administrators' monthly report: sends that failed and people without an e-mail address. */
  public static Message adminReport(Person to, YearMonth month, List<NotifyLog.Entry> problems, List<String> failedJobs) {
    StringBuilder text = new StringBuilder("เรียน ").append(to.name()).append("\n\n")
        .append("รายงานการแจ้งเตือนที่ต้องดูแล (เดือน").append(monthName(month)).append(")\n\n");
    List<NotifyLog.Entry> noAddress = problems.stream().filter(e -> NotifyLog.NO_ADDRESS.equals(e.status())).toList();
    List<NotifyLog.Entry> failed = problems.stream().filter(e -> NotifyLog.FAILED.equals(e.status())).toList();
    text.append("ผู้ใช้ที่ไม่มีที่อยู่อีเมล จึงไม่ได้รับการแจ้งเตือนทางอีเมล (").append(noAddress.stream()
        .map(NotifyLog.Entry::recipient).distinct().count()).append(" คน)\n");
    noAddress.stream().map(NotifyLog.Entry::recipient).distinct()
        .forEach(user -> text.append("- ").append(user).append("\n"));
    text.append("\nการส่งที่ไม่สำเร็จ (").append(failed.size()).append(" รายการ)\n");
    failed.forEach(e -> text.append("- ").append(e.channel()).append(" ถึง ").append(e.recipient()).append(": ")
        .append(e.subject()).append(" — ").append(e.detail()).append("\n"));
    text.append("\nงานแจ้งเตือนที่ลองส่งครบแล้วยังไม่สำเร็จ (incident) ").append(failedJobs.size()).append(" งาน\n");
    failedJobs.forEach(job -> text.append("- ").append(job).append("\n"));
    text.append("\nแก้ไขที่อยู่อีเมลได้ใน Admin > Users และสั่งส่งซ้ำได้ด้วย REST: PUT /engine-rest/job/{id}/retries"
        + " {\"retries\": 1}\n\n").append(FOOTER).append("\n");
    return new Message("รายงานการแจ้งเตือนสำหรับผู้ดูแลระบบ เดือน" + monthName(month) + ": ไม่มีอีเมล "
        + noAddress.stream().map(NotifyLog.Entry::recipient).distinct().count() + " คน, ส่งไม่สำเร็จ "
        + (failed.size() + failedJobs.size()) + " รายการ", text.toString());
  }

  public static String monthName(YearMonth month) {
    return ThaiDates.monthName(month.getMonthValue()) + " " + FiscalCalendar.toBuddhistEra(month.getYear());
  }

  static String names(List<Person> people) {
    return String.join(", ", people.stream().map(Person::name).toList());
  }

  private static String when(long days) {
    return days > 0 ? " (อีก " + days + " วัน)" : " (วันนี้)";
  }
}
