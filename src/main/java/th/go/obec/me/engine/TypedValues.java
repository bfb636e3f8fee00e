package th.go.obec.me.engine;

import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The plain Java value of a process variable that may come typed (a {@code VariableMap}'s
 * {@code getValueTyped}, the REST API's submissions) or already plain: one place for the unwrapping
 * the guards, the evidence rule and the per-person lists all need.
 */
public final class TypedValues {

  private TypedValues() {
  }

  /** The value inside a {@link TypedValue}, or the value itself when it is not typed. */
  public static Object plain(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }
}
