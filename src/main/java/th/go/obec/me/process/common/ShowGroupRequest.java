package th.go.obec.me.process.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Create listener of a group head's data task (strategy and development-plan evaluation: "the
 * groups send the data asked for"): the task shows, and its answers row carries, the group and
 * the topic asked ({@code groupName}, {@code dataTopic}, "-" when none) from the multi-instance
 * element {@code request}.
 */
@Component("showGroupRequest")
public class ShowGroupRequest implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    SpinJsonNode request = (SpinJsonNode) task.getVariable("request");
    task.setVariableLocal("groupName", request.prop("group").stringValue());
    task.setVariableLocal("dataTopic", request.hasProp("topic") && !request.prop("topic").isNull()
        ? request.prop("topic").stringValue() : "-");
  }
}
