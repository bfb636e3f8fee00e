package th.go.obec.me.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One call a diagram made on a bean of the local tier (see {@link LocalBeans}): which bean, which
 * member (a method, a property read, or {@code execute}/{@code notify} of a delegate), with which
 * arguments, and at which activity of the diagram.
 */
public record LocalBeanCall(String bean, String member, List<Object> arguments, String activityId) {

  /**
   * Whether the bean's name or the member mentions the word (case-insensitive). Tests assert calls
   * by meaning ("draft", "sign") rather than by exact name, so that they still hold while the
   * diagrams' expressions become named beans ({@code officeLetters.draft(...)} today, a
   * {@code delegateExpression="${draftLetter}"} tomorrow).
   */
  public boolean mentions(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return bean.toLowerCase(Locale.ROOT).contains(w) || member.toLowerCase(Locale.ROOT).contains(w)
        || arguments.stream().anyMatch(a -> a instanceof String s && s.toLowerCase(Locale.ROOT).contains(w));
  }

  static LocalBeanCall of(String bean, String member, Object[] arguments, String activityId) {
    return new LocalBeanCall(bean, member,
        arguments == null ? List.of() : Arrays.asList(arguments.clone()), activityId);
  }

  @Override
  public String toString() {
    return activityId + ": " + bean + "." + member + arguments.stream().map(a -> a instanceof String ? "'" + a + "'"
        : a == null ? "null" : a.getClass().getSimpleName()).toList();
  }
}
