package th.go.obec.me.engine;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs an engine query without the current user's authorizations, for the rules that hold for
 * everyone: the people who may be chosen for a step, the recipients of a reminder, whether the
 * year's work already runs. Inside an engine command it uses that command's context; outside one
 * (no user is authenticated there) it simply runs the query.
 */
public final class Unrestricted {

  private Unrestricted() {
  }

  public static <T> T query(Callable<T> query) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(query);
    }
    try {
      return query.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
