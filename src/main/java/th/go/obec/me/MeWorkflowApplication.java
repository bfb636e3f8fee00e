package th.go.obec.me;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import th.go.obec.me.calendar.FiscalCalendar;

/** The office's workflow server: Camunda 7 engine, Tasklist, Cockpit, Admin and REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MeWorkflowApplication {

  public static void main(String[] args) {
    useBangkokTime();
    SpringApplication.run(MeWorkflowApplication.class, args);
  }

  /** Due dates, timers and logs are read by people in Thailand: one zone for everything. */
  public static void useBangkokTime() {
    TimeZone.setDefault(TimeZone.getTimeZone(FiscalCalendar.BANGKOK));
  }
}
