package th.go.obec.me.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The local tier's own promises, on a small diagram written here: a bean name the diagram uses
 * becomes a default mock whatever form the diagram calls it in (a method expression today, a
 * {@code delegateExpression} of a service task or a listener tomorrow), its calls are recorded with
 * the activity they were made at, and a test's answer or registered bean routes a gateway.
 */
class LocalTierLocalTest {

  @RegisterExtension
  ProcessEngineExtension engine = LocalProcessEngine.extension();

  @RegisterExtension
  LocalBeans beans = new LocalBeans();

  private void deploy(BpmnModelInstance model) {
    engine.manageDeployment(engine.getRepositoryService().createDeployment()
        .addModelInstance("local-tier.bpmn", model).deploy());
  }

  private static BpmnModelInstance diagram() {
    return Bpmn.createExecutableProcess("local-tier").camundaHistoryTimeToLive(1)
        .startEvent("Start")
        .serviceTask("Task_Calculate").camundaDelegateExpression("${calculateSomething}")
        .userTask("Task_Draft").camundaCandidateGroups("monitoring")
        .camundaTaskListenerDelegateExpression("complete", "${draftLetter}")
        .camundaTaskListenerExpression("complete", "${officeLetters.draft(task, 'memo', 'memo')}")
        .exclusiveGateway("Gateway_Ready")
        .condition("ready", "${readiness.isReady(execution.getVariable('items'))}")
        .endEvent("End_Ready")
        .moveToLastGateway()
        .condition("not ready", "${!readiness.isReady(execution.getVariable('items'))}")
        .endEvent("End_NotReady")
        .done();
  }

  /** A stub a test registers where the route depends on a bean (public: the diagram calls it). */
  public static class NeverReady {
    public boolean isReady(Object items) {
      return false;
    }
  }

  @Test
  void namesOfBeansBecomeRecordingMocksInEveryFormADiagramUses() throws Exception {
    deploy(diagram());
    beans.answer("readiness", "isReady", call -> call.arguments().get(0) != null);

    ProcessInstance pi = runtimeService().startProcessInstanceByKey("local-tier");
    assertThat(pi).hasPassed("Task_Calculate").isWaitingAt("Task_Draft");
    verify((JavaDelegate) beans.mock("calculateSomething")).execute(any(DelegateExecution.class));

    complete(task(), withVariables("items", "1.1"));
    verify((TaskListener) beans.mock("draftLetter")).notify(any(DelegateTask.class));
    assertThat(beans.called("Task_Draft", "draft")).isTrue();
    assertThat(beans.callsAt("Task_Draft")).extracting(LocalBeanCall::bean).containsExactly("draftLetter", "officeLetters");
    assertThat(beans.callsAt("Task_Calculate")).extracting(LocalBeanCall::member).containsExactly("execute");
    assertThat(pi).hasPassed("End_Ready");
  }

  @Test
  void aRegisteredBeanReplacesTheMockAndAnUnansweredRoutingCallStopsTheProcess() {
    deploy(diagram());
    beans.register("readiness", new NeverReady());
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("local-tier");
    complete(task("Task_Draft", pi), withVariables("items", "1.1"));
    assertThat(pi).hasPassed("End_NotReady");

    // without an answer the mock says null, which no gateway takes: the test must decide the route
    beans.register("readiness", beans.mock("readiness"));
    ProcessInstance unanswered = runtimeService().startProcessInstanceByKey("local-tier");
    assertThatThrownBy(() -> complete(task("Task_Draft", unanswered))).isInstanceOf(ProcessEngineException.class);
    assertThat(unanswered).isWaitingAt("Task_Draft");
  }
}
