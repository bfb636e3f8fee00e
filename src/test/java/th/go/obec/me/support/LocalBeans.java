package th.go.obec.me.support;

import static org.mockito.Mockito.withSettings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.Mockito;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;

/**
 * The beans a diagram of the local tier sees, for one test ({@code @RegisterExtension}).
 *
 * <p>Every name an expression uses that is neither a variable nor a registered bean resolves to a
 * Mockito mock made for that name: it implements {@link JavaDelegate}, {@link TaskListener} and
 * {@link ExecutionListener} (so {@code delegateExpression="${anyBean}"} works on a service task or
 * as a listener), answers any other method or property the diagram calls on it with {@code null},
 * and records every call ({@link #calls()}). So a test keeps running whatever the beans behind the
 * diagram are named; it registers a real bean or a stub only where the routing depends on one
 * ({@link #register}, {@link #answer}), and says why. A test may also verify a default mock with
 * Mockito ({@code verify((JavaDelegate) beans.mock("sendLetter")).execute(any())}).
 *
 * <p>{@code fiscalCalendar} is always real ({@link LocalProcessEngine#fiscalCalendar()}): the
 * timers and due dates are what the local tier checks.
 */
public final class LocalBeans implements BeforeEachCallback, AfterEachCallback {

  /** The beans of the running test; the engine is shared by all local tests, one test at a time. */
  private static volatile LocalBeans current = new LocalBeans();

  private final Map<String, Object> registered = new ConcurrentHashMap<>();
  private final Set<String> realNames = ConcurrentHashMap.newKeySet();
  private final Map<String, Object> mocks = new ConcurrentHashMap<>();
  private final Map<Object, String> mockNames = Collections.synchronizedMap(new IdentityHashMap<>());
  private final Map<String, Function<LocalBeanCall, Object>> answers = new HashMap<>();
  private final List<LocalBeanCall> calls = Collections.synchronizedList(new ArrayList<>());

  public LocalBeans() {
    registered.put("fiscalCalendar", LocalProcessEngine.fiscalCalendar());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    current = this;
    BpmnAwareTests.init(LocalProcessEngine.engine());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    current = new LocalBeans();
    Mocks.reset();
    ClockUtil.reset();
    // the assertions forget this engine, so that a later test of the JVM binds its own
    BpmnAwareTests.reset();
  }

  static LocalBeans current() {
    return current;
  }

  /** A real bean or a stub under this name, instead of the default mock. */
  public LocalBeans register(String name, Object bean) {
    registered.put(name, bean);
    return this;
  }

  /**
   * Beans that are the application's own, built when the diagram first names them
   * ({@link LocalComponents}): calculators the routing or a timer needs. A name the diagram never
   * uses costs nothing, so a test may name a bean of an older and of a newer diagram alike.
   */
  public LocalBeans real(String... names) {
    realNames.addAll(List.of(names));
    return this;
  }

  /** What the default mock of {@code bean} answers when the diagram calls or reads {@code member}. */
  public LocalBeans answer(String bean, String member, Object value) {
    return answer(bean, member, call -> value);
  }

  /** As {@link #answer(String, String, Object)}, computed from the call (its arguments, activity). */
  public LocalBeans answer(String bean, String member, Function<LocalBeanCall, Object> answer) {
    answers.put(bean + "." + member, answer);
    return this;
  }

  /** The default mock handed out for a name (made now if the diagram has not asked for it yet). */
  public Object mock(String name) {
    return mocks.computeIfAbsent(name, this::newMock);
  }

  /** Every call the diagram made on the default mocks, in order. */
  public List<LocalBeanCall> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** The calls made while the process was at an activity (a task's listeners, a gateway's conditions). */
  public List<LocalBeanCall> callsAt(String activityId) {
    return calls().stream().filter(c -> activityId.equals(c.activityId())).toList();
  }

  /** Whether a call at the activity mentions the word ({@link LocalBeanCall#mentions}). */
  public boolean called(String activityId, String word) {
    return callsAt(activityId).stream().anyMatch(c -> c.mentions(word));
  }

  // --- used by LocalExpressionManager --------------------------------------------------------

  /** The bean for a name the variables did not answer: registered, registered with Mocks, or a default mock. */
  Object resolve(String name) {
    Object bean = registered.get(name);
    if (bean == null && realNames.contains(name)) {
      bean = registered.computeIfAbsent(name, LocalComponents::create);
    }
    if (bean == null) {
      bean = Mocks.get(name);
    }
    return bean != null ? bean : mock(name);
  }

  boolean isDefaultMock(Object base) {
    return base != null && mockNames.containsKey(base);
  }

  /** A method or property of a default mock that its interfaces do not have: recorded, answered. */
  Object call(Object mock, String member, Object[] arguments) {
    LocalBeanCall call = LocalBeanCall.of(mockNames.get(mock), member, arguments, activityOf(arguments));
    calls.add(call);
    Function<LocalBeanCall, Object> answer = answers.get(call.bean() + "." + member);
    return answer == null ? null : answer.apply(call);
  }

  private Object newMock(String name) {
    Answer<Object> recording = (InvocationOnMock invocation) -> {
      String method = invocation.getMethod().getName();
      if (method.equals("toString")) {
        return "local mock '" + name + "'";
      }
      if (method.equals("hashCode")) {
        return System.identityHashCode(invocation.getMock());
      }
      if (method.equals("equals")) {
        return invocation.getMock() == invocation.getArgument(0);
      }
      return call(invocation.getMock(), method, invocation.getArguments());
    };
    Object mock = Mockito.mock(JavaDelegate.class, withSettings().name(name)
        .extraInterfaces(TaskListener.class, ExecutionListener.class).defaultAnswer(recording));
    mockNames.put(mock, name);
    return mock;
  }

  /** The activity the engine is at: from a task or execution argument, else the execution context. */
  private static String activityOf(Object[] arguments) {
    if (arguments != null) {
      for (Object argument : arguments) {
        if (argument instanceof DelegateTask task) {
          return task.getTaskDefinitionKey();
        }
        if (argument instanceof DelegateExecution execution) {
          return execution.getCurrentActivityId();
        }
      }
    }
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    return context == null || context.getExecution() == null ? null : context.getExecution().getActivityId();
  }
}
