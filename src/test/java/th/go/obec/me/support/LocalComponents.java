package th.go.obec.me.support;

import java.beans.Introspector;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import th.go.obec.me.calendar.FiscalCalendar;

/**
 * Real beans of the application made for the local tier by their bean name ({@link LocalBeans#real}),
 * without an application context, so that a test names the bean the diagram names and keeps
 * working when its class moves or its constructor changes. A component is built with its
 * constructor: the real {@link FiscalCalendar}, the local engine's services, the office's
 * configuration records bound from application.yaml, a JSON mapper, other components built the
 * same way, and a Mockito mock for anything else (a mail sender, a directory of people).
 */
final class LocalComponents {

  private static final String BASE_PACKAGE = "th.go.obec.me";
  private static Map<String, Class<?>> byName;

  private LocalComponents() {
  }

  /** The component the application names so, built as described above. */
  static Object create(String beanName) {
    Class<?> type = components().get(beanName);
    if (type == null) {
      throw new IllegalStateException("No @Component named '" + beanName + "' under " + BASE_PACKAGE
          + ": the test names a bean the application does not have");
    }
    return build(type, Set.of());
  }

  private static synchronized Map<String, Class<?>> components() {
    if (byName == null) {
      ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
      scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
      Map<String, Class<?>> found = new HashMap<>();
      for (BeanDefinition definition : scanner.findCandidateComponents(BASE_PACKAGE)) {
        Class<?> type = load(definition.getBeanClassName());
        if (isTestCode(type)) {
          continue;
        }
        String name = MergedAnnotations.from(type).get(Component.class).getValue("value", String.class).orElse("");
        found.put(name.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : name, type);
      }
      byName = found;
    }
    return byName;
  }

  /** Test configurations of the Spring Boot tests are components too, but not the application's. */
  private static boolean isTestCode(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source != null && source.getLocation().toString().contains("test-classes");
  }

  private static Class<?> load(String className) {
    try {
      return Class.forName(className);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(className, e);
    }
  }

  private static Object build(Class<?> type, Set<Class<?>> building) {
    if (building.contains(type)) {
      throw new IllegalStateException("Components depend on each other in a circle: " + building);
    }
    Set<Class<?>> path = new HashSet<>(building);
    path.add(type);
    Constructor<?> constructor = constructorOf(type);
    Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(p -> argument(p, path)).toArray();
    try {
      constructor.setAccessible(true);
      Object bean = constructor.newInstance(arguments);
      MergedAnnotation<ConfigurationProperties> properties = MergedAnnotations.from(type).get(ConfigurationProperties.class);
      if (properties.isPresent() && !type.isRecord()) {
        LocalProcessEngine.configured(prefixOf(properties), bean);
      }
      return bean;
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot build " + type.getName() + " for the local tier", e);
    }
  }

  /** The one constructor, the {@code @Autowired} one, or the one taking the most. */
  private static Constructor<?> constructorOf(Class<?> type) {
    Constructor<?>[] constructors = type.getDeclaredConstructors();
    return Arrays.stream(constructors).filter(c -> c.isAnnotationPresent(Autowired.class)).findFirst()
        .orElseGet(() -> Arrays.stream(constructors).max(Comparator.comparingInt(Constructor::getParameterCount))
            .orElseThrow());
  }

  private static Object argument(Class<?> type, Set<Class<?>> building) {
    if (type == FiscalCalendar.class) {
      return LocalProcessEngine.fiscalCalendar();
    }
    ProcessEngine engine = LocalProcessEngine.engine();
    if (type.isInstance(engine)) {
      return engine;
    }
    for (Object service : List.of(engine.getRepositoryService(), engine.getRuntimeService(), engine.getTaskService(),
        engine.getHistoryService(), engine.getIdentityService(), engine.getManagementService(),
        engine.getFormService())) {
      if (type.isInstance(service)) {
        return service;
      }
    }
    if (type == ObjectMapper.class || type == JsonMapper.class) {
      return JsonMapper.builder().findAndAddModules().build();
    }
    MergedAnnotation<ConfigurationProperties> properties = MergedAnnotations.from(type).get(ConfigurationProperties.class);
    if (properties.isPresent()) {
      return type.isRecord() ? LocalProcessEngine.properties(prefixOf(properties), type) : build(type, building);
    }
    if (MergedAnnotations.from(type).isPresent(Component.class)) {
      return build(type, building);
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    return type.isPrimitive() || type.isArray() || Modifier.isFinal(type.getModifiers())
        ? null : Mockito.mock(type);
  }

  private static String prefixOf(MergedAnnotation<ConfigurationProperties> properties) {
    String prefix = properties.getString("prefix");
    return prefix.isEmpty() ? properties.getString("value") : prefix;
  }
}
