package th.go.obec.me.notify;

import java.util.Date;

/** What a message says about one task: names, due date, who holds it and its Tasklist link. */
public record TaskSummary(String id, String name, String processName, Date dueDate, String holder, String link) {
}
