package th.go.obec.me.support;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The expression manager of the local tier: the engine's {@code MockExpressionManager} chain
 * (variables first, then beans, then lists, maps and bean properties), with {@link LocalBeans} in
 * place of the Spring context: a name that is not a variable is a bean of the running test,
 * registered or a default mock.
 */
public class LocalExpressionManager extends JuelExpressionManager {

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new BeanNames());
    resolver.add(new ArrayELResolver());
    resolver.add(new ListELResolver());
    resolver.add(new MapELResolver());
    resolver.add(new BeanELResolver());
    return resolver;
  }

  /**
   * Top-level names become beans of the running test; what the diagram calls or reads on a default
   * mock beyond its delegate interfaces is recorded and answered by {@link LocalBeans}.
   */
  static final class BeanNames extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      LocalBeans beans = LocalBeans.current();
      if (base == null && property instanceof String name) {
        context.setPropertyResolved(true);
        return beans.resolve(name);
      }
      if (beans.isDefaultMock(base) && property != null) {
        context.setPropertyResolved(true);
        return beans.call(base, property.toString(), new Object[0]);
      }
      return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
      LocalBeans beans = LocalBeans.current();
      if (beans.isDefaultMock(base) && method != null && !isDelegateMethod(method.toString())) {
        context.setPropertyResolved(true);
        return beans.call(base, method.toString(), params);
      }
      return null;
    }

    private static boolean isDelegateMethod(String name) {
      return name.equals("execute") || name.equals("notify");
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      // beans are not written by expressions
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return Collections.emptyIterator();
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return Object.class;
    }
  }
}
