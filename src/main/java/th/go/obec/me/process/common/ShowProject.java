package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Create listener of a project owner's task (action plan: "owners report each project's
 * progress", "owners evaluate each project"): the task shows, and its answers row carries, the
 * project it is about ({@code projectCode}, empty when the plan gave none, and {@code projectName})
 * from the multi-instance element {@code project}.
 */
@Component("showProject")
public class ShowProject implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    SpinJsonNode project = (SpinJsonNode) task.getVariable("project");
    task.setVariableLocal("projectCode", project.hasProp("code") ? project.prop("code").stringValue() : "");
    task.setVariableLocal("projectName", project.prop("name").stringValue());
  }
}
