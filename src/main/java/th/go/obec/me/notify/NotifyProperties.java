package th.go.obec.me.notify;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Reminders, escalation and the monthly digest ({@code me.notify.*}); see README "Reminders".
 * The keys an administrator sets through the environment take their defaults in
 * {@code application.yaml} (next to the variable's name), the others here.
 *
 * @param enabled        master switch: no reminder jobs are scheduled and none is sent when false
 * @param baseUrl        address of this server as people open it, for the Tasklist links
 * @param daysBefore     the first reminder, this many days before the due date (0: none)
 * @param reminderTime   time of day (Asia/Bangkok) reminders and escalations are sent
 * @param retryIntervals waits between attempts of a failed send; after the last one the job gets
 *                       an incident (an admin retries it)
 * @param adminGroup     who receives the monthly report of failed sends and people without e-mail
 */
@Validated
@ConfigurationProperties("me.notify")
public record NotifyProperties(
    boolean enabled,
    String baseUrl,
    @PositiveOrZero(message = DAYS) int daysBefore,
    @DefaultValue("08:30") @NotNull(message = TIME) LocalTime reminderTime,
    @DefaultValue({"PT5M", "PT15M", "PT1H", "PT4H", "PT12H"})
    List<@NotNull(message = DURATION) Duration> retryIntervals,
    @DefaultValue("camunda-admin") String adminGroup,
    @DefaultValue @Valid Escalation escalation,
    @DefaultValue @Valid Digest digest,
    @DefaultValue @Valid Mail mail,
    @DefaultValue @Valid Chat chat,
    @DefaultValue @Valid Line line) {

  static final String DAYS = "ต้องเป็นจำนวนวันตั้งแต่ 0 ขึ้นไป / must be a number of days, 0 or more";
  static final String TIME = "ต้องเป็นเวลา เช่น 08:30 / must be a time of day such as 08:30";
  static final String DURATION = "ต้องเป็นช่วงเวลา เช่น PT10S / must be a duration such as PT10S";

  public NotifyProperties {
    retryIntervals = retryIntervals == null ? List.of() : List.copyOf(retryIntervals);
  }

  /** Attempts a notification job gets: the first one and one per retry interval. */
  public int attempts() {
    return retryIntervals.size() + 1;
  }

  /**
   * @param headGroup         group told when a task is overdue (blank: nobody)
   * @param headAfterDays     days after the due date the head is told (1: the day after)
   * @param directorGroup     group told when a task stays overdue (blank: nobody)
   * @param directorAfterDays days after the due date the director is told
   */
  public record Escalation(
      @DefaultValue("planning-head") String headGroup,
      @DefaultValue("1") @PositiveOrZero(message = DAYS) int headAfterDays,
      @DefaultValue("director") String directorGroup,
      @PositiveOrZero(message = DAYS) int directorAfterDays) {
  }

  /**
   * @param enabled  switch for the monthly digest
   * @param time     time of day (Asia/Bangkok) of the digest on the month's first working day
   *                 (Thailand's holidays: calendar/HolidayCalendar)
   * @param maxListed the tasks a digest lists in each part (overdue, due this month); it counts all
   */
  public record Digest(
      boolean enabled,
      @DefaultValue("08:00") @NotNull(message = TIME) LocalTime time,
      @DefaultValue("50") @Positive(message = "ต้องมากกว่า 0 / must be more than 0") int maxListed) {

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
      boolean enabled,
      String from) {
  }

  /**
   * @param enabled    switch for the chat webhook
   * @param webhookUrl where the JSON messages are POSTed; blank: no chat messages
   * @param timeout    connect and read timeout of one POST
   */
  public record Chat(
      boolean enabled,
      String webhookUrl,
      @DefaultValue("PT10S") @NotNull(message = DURATION) Duration timeout) {
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
      boolean enabled,
      String baseUrl,
      String to,
      String channelAccessToken,
      @DefaultValue("PT10S") @NotNull(message = DURATION) Duration timeout) {
  }
}
