package th.go.obec.me.notify;

import org.springframework.stereotype.Component;

/** The Tasklist addresses messages link to, from this server's address ({@code me.notify.base-url}). */
@Component
public class TasklistLinks {

  private final String tasklist;

  public TasklistLinks(NotifyProperties properties) {
    String base = properties.baseUrl() == null ? "" : properties.baseUrl().trim();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    this.tasklist = base + "/camunda/app/tasklist/default/#/";
  }

  /** Tasklist's address. */
  public String tasklist() {
    return tasklist;
  }

  /** Tasklist's address of a task. */
  public String task(String taskId) {
    return tasklist + "?task=" + taskId;
  }
}
