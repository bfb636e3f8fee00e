package th.go.obec.me.rule;

import java.util.Optional;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Lets an office rule leave an engine command as itself: the engine wraps what a listener or an
 * expression throws ("Error while evaluating expression", "exception while invoking the
 * TaskListener"), and would then log the wrapper as an ERROR with its stack trace. Placed after
 * the command context is opened, this interceptor hands the rule inside to the context instead,
 * which logs a bad user request at DEBUG; callers (REST, Tasklist, Java) see the rule with its
 * message. Every other exception passes unchanged.
 */
public class OfficeRuleUnwrapping extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (OfficeRuleException rule) {
      throw rule;
    } catch (RuntimeException e) {
      Optional<OfficeRuleException> rule = OfficeRuleException.findIn(e);
      if (rule.isPresent()) {
        throw rule.get();
      }
      throw e;
    }
  }
}
