package th.go.obec.me.support;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.connect.plugin.impl.ConnectProcessEnginePlugin;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import th.go.obec.me.calendar.CalendarProperties;
import th.go.obec.me.calendar.FiscalCalendar;

/**
 * The engine of the local tier (the Java form of a {@code camunda.cfg.xml}): Camunda on an
 * in-memory H2 database without Spring, the job executor off (a test fires timers itself), full
 * history, Spin (JSON variables) and Connect (the HTTP connector's parsing), and the diagrams'
 * beans from {@link LocalBeans} through {@link LocalExpressionManager}. One engine serves every
 * local test class of the JVM; each test deploys the one BPMN file it walks
 * ({@code @Deployment(resources = "processes/<key>.bpmn")}), which the extension removes after it.
 *
 * <pre>
 * &#64;RegisterExtension ProcessEngineExtension engine = LocalProcessEngine.extension();
 * &#64;RegisterExtension LocalBeans beans = new LocalBeans();
 * </pre>
 */
public final class LocalProcessEngine {

  private static ProcessEngine engine;
  private static FiscalCalendar fiscalCalendar;
  private static Binder binder;

  private LocalProcessEngine() {
  }

  /** The JUnit 5 extension over the shared engine (deployments, services, {@code @Deployment}). */
  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
  }

  public static synchronized ProcessEngine engine() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
      configuration.setProcessEngineName("local-tier");
      configuration.setJdbcUrl("jdbc:h2:mem:local-tier;DB_CLOSE_DELAY=-1");
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
      configuration.setJobExecutorActivate(false);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setDefaultSerializationFormat("application/json");
      configuration.setMetricsEnabled(false);
      // no decision tables or cases in the office's processes: their engines (FEEL in Scala) only slow the start
      configuration.setDmnEnabled(false);
      configuration.setCmmnEnabled(false);
      configuration.setExpressionManager(new LocalExpressionManager());
      configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin(), new ConnectProcessEnginePlugin()));
      engine = configuration.buildProcessEngine();
      // not the JVM's default engine: the Spring Boot tests running in the same JVM look theirs up
      ProcessEngines.unregister(engine);
    }
    return engine;
  }

  /**
   * The real fiscal calendar with the office's configuration ({@code me.calendar} of
   * application.yaml: due-date defaults, the holidays file), bound without a Spring context: the
   * due dates and timers of the diagrams are what this tier checks, so they are not mocked.
   */
  public static synchronized FiscalCalendar fiscalCalendar() {
    if (fiscalCalendar == null) {
      fiscalCalendar = new FiscalCalendar(configuration().bindOrCreate("me.calendar", CalendarProperties.class));
    }
    return fiscalCalendar;
  }

  /**
   * A real bean of the office's configuration ({@code me.<prefix>} of application.yaml) bound into
   * an instance the test made (JavaBean settings such as {@code new EmenscrSettings(calendar)}).
   */
  public static <T> T configured(String prefix, T bean) {
    configuration().bind(prefix, Bindable.ofInstance(bean));
    return bean;
  }

  /**
   * Deploys, for each key, a stand-in process that a call activity of the diagram under test can
   * start: it waits in one user task, {@value #STAND_IN_TASK}, until the test completes it. The
   * called processes have their own local tests; here only the call is the point. The extension
   * removes the deployment after the test.
   */
  public static void deployStandIns(ProcessEngineExtension extension, List<String> processKeys) {
    DeploymentBuilder deployment = extension.getRepositoryService().createDeployment().name("local stand-ins");
    for (String key : processKeys) {
      deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
          .startEvent().userTask(STAND_IN_TASK).endEvent().done());
    }
    extension.manageDeployment(deployment.deploy());
  }

  /** The one step of a stand-in process ({@link #deployStandIns}). */
  public static final String STAND_IN_TASK = "Task_StandIn";

  /** The office's configuration record under a prefix of application.yaml ({@code me.policy-monitoring}). */
  public static <T> T properties(String prefix, Class<T> type) {
    return configuration().bindOrCreate(prefix, type);
  }

  /** One setting of application.yaml ({@code me.policy-monitoring.round-months}), for expectations. */
  public static <T> T setting(String name, Bindable<T> type) {
    return configuration().bind(name, type).orElseThrow(() -> new IllegalStateException(name + " is not configured"));
  }

  /** application.yaml of the classpath, placeholders resolved to their defaults. */
  private static synchronized Binder configuration() {
    if (binder == null) {
      try {
        MutablePropertySources sources = new MutablePropertySources();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yaml",
            new ClassPathResource("application.yaml"))) {
          sources.addLast(source);
        }
        binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
      } catch (IOException e) {
        throw new IllegalStateException("application.yaml of the classpath cannot be read", e);
      }
    }
    return binder;
  }
}
