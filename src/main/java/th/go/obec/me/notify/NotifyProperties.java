package th.go.obec.me.notify;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders, escalation and the monthly digest ({@code me.notify.*}); see README "Reminders".
 *
 * @param enabled        master switch: no reminder jobs are scheduled and none is sent when false
 * @param baseUrl        address of this server as people open it, for the Tasklist links
 * @param daysBefore     the first reminder, this many days before the due date (0: none)
 * @param reminderTime   time of day (Asia/Bangkok) reminders and escalations are sent
 * @param retryIntervals waits between attempts of a failed send; after the last one the job gets
 *                       an incident (an admin retries it)
 * @param adminGroup     who receives the monthly report of failed sends and people without e-mail
 */
@ConfigurationProperties("me.notify")
public record NotifyProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("7") int daysBefore,
    @DefaultValue("08:30") LocalTime reminderTime,
    @DefaultValue({"PT5M", "PT15M", "PT1H", "PT4H", "PT12H"}) List<Duration> retryIntervals,
    @DefaultValue("camunda-admin") String adminGroup,
    @DefaultValue Escalation escalation,
    @DefaultValue Digest digest,
    @DefaultValue Mail mail,
    @DefaultValue Chat chat,
    @DefaultValue Line line) {

  public NotifyProperties {
    retryIntervals = retryIntervals == null ? List.of() : List.copyOf(retryIntervals);
  }

  /** Attempts a notification job gets: the first one and one per retry interval. */
  public int attempts() {
    return retryIntervals.size() + 1;
  }

  /** Tasklist address of a task. */
  public String taskLink(String taskId) {
    return tasklistLink() + "?task=" + taskId;
  }

  /** Tasklist's address. */
  public String tasklistLink() {
    String base = baseUrl == null ? "" : baseUrl.trim();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/camunda/app/tasklist/default/#/";
  }

  /**
   * @param headGroup         group told when a task is overdue (blank: nobody)
   * @param headAfterDays     days after the due date the head is told (1: the day after)
   * @param directorGroup     group told when a task stays overdue (blank: nobody)
   * @param directorAfterDays days after the due date the director is told
   */
  public record Escalation(
      @DefaultValue("planning-head") String headGroup,
      @DefaultValue("1") int headAfterDays,
      @DefaultValue("director") String directorGroup,
      @DefaultValue("14") int directorAfterDays) {
  }

  /**
   * @param enabled  switch for the monthly digest
   * @param time     time of day (Asia/Bangkok) of the digest on the month's first working day
   *                 (Thailand's holidays: calendar/HolidayCalendar)
   * @param maxListed the tasks a digest lists in each part (overdue, due this month); it counts all
   */
  public record Digest(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("08:00") LocalTime time,
      @DefaultValue("50") int maxListed) {

    @ConstructorBinding
    public Digest {
    }

    public Digest(boolean enabled, LocalTime time) {
      this(enabled, time, 50);
    }
  }

  /**
   * @param enabled switch for e-mail (the SMTP server itself is spring.mail.*)
   * @param from    sender address
   */
  public record Mail(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("me-workflow@localhost") String from) {
  }

  /**
   * @param enabled    switch for the chat webhook
   * @param webhookUrl where the JSON messages are POSTed; blank: no chat messages
   * @param timeout    connect and read timeout of one POST
   */
  public record Chat(
      @DefaultValue("true") boolean enabled,
      String webhookUrl,
      @DefaultValue("PT10S") Duration timeout) {

    public boolean active() {
      return enabled && webhookUrl != null && !webhookUrl.isBlank();
    }
  }

  /**
   * The LINE Official Account that pushes reminders, escalations and digests to a LINE group or
   * person through the Messaging API (README "LINE").
   *
   * @param enabled            switch for LINE
   * @param baseUrl            the Messaging API's address (tests point it at a local server)
   * @param to                 the group id (C...), room id (R...) or user id (U...) messages go to; blank: none
   * @param channelAccessToken the channel's long-lived access token (from the environment only)
   * @param timeout            connect and read timeout of one push
   */
  public record Line(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("https://api.line.me") String baseUrl,
      String to,
      String channelAccessToken,
      @DefaultValue("PT10S") Duration timeout) {

    public boolean active() {
      return enabled && to != null && !to.isBlank() && channelAccessToken != null && !channelAccessToken.isBlank();
    }
  }
}
