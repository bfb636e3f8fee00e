package th.go.obec.me.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one message on every channel that is on, once: each recipient and channel whose row in
 * {@link NotifyLog} says SENT is skipped, each send is logged right after it happens, and if any
 * send failed the whole job fails afterwards (the engine retries it; the retry sends only what is
 * missing). A person without an e-mail address is logged (NO_ADDRESS, a warning) and does not
 * fail the job: retrying cannot help, an administrator must add the address.
 */
@Component
public class Dispatcher {

  public static final String MAIL = "mail";
  public static final String CHAT = "chat";
  public static final String LINE = "line";

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private final NotifyProperties properties;
  private final NotifyLog log;
  private final MailChannel mail;
  private final ChatChannel chat;
  private final LineChannel line;

  public Dispatcher(NotifyProperties properties, NotifyLog log, MailChannel mail, ChatChannel chat, LineChannel line) {
    this.properties = properties;
    this.log = log;
    this.mail = mail;
    this.chat = chat;
    this.line = line;
  }

  /** A chat post: the recipient label it is logged under and the JSON body. */
  public record ChatPost(String recipient, Map<String, Object> body) {
  }

  public void send(String messageKey, List<Person> people, Function<Person, Message> compose, ChatPost chatPost) {
    List<String> failures = new ArrayList<>();
    // what an earlier attempt (a retry, another node) already sent: one query for the message
    java.util.Set<String> sent = log.sentTo(messageKey);
    if (properties.mail().enabled()) {
      for (Person person : people) {
        if (sent.contains(MAIL + "|" + person.id())) {
          continue;
        }
        Message message = compose.apply(person);
        if (!person.hasEmail()) {
          LOG.warn("No e-mail address for user {}: message {} ({}) not e-mailed", person.id(), messageKey,
              message.subject());
          log.noAddress(messageKey, person.id(), message.subject());
          continue;
        }
        try {
          mail.send(messageKey, person, message);
          log.sent(messageKey, MAIL, person.id(), person.email(), message.subject());
        } catch (RuntimeException e) {
          String error = describe(e);
          LOG.warn("E-mail {} to {} failed: {}", messageKey, person.email(), error);
          log.failed(messageKey, MAIL, person.id(), person.email(), message.subject(), error);
          failures.add("อีเมลถึง " + person.id() + ": " + error);
        }
      }
    }
    if (chatPost != null && chat.active() && !sent.contains(CHAT + "|" + chatPost.recipient())) {
      String subject = String.valueOf(chatPost.body().get("text")).lines().findFirst().orElse("");
      try {
        chat.post(chatPost.body());
        log.sent(messageKey, CHAT, chatPost.recipient(), properties.chat().webhookUrl(), subject);
      } catch (RuntimeException e) {
        String error = describe(e);
        LOG.warn("Chat message {} failed: {}", messageKey, error);
        log.failed(messageKey, CHAT, chatPost.recipient(), properties.chat().webhookUrl(), subject, error);
        failures.add("chat: " + error);
      }
    }
    if (chatPost != null && line.active() && !sent.contains(LINE + "|" + chatPost.recipient())) {
      String text = String.valueOf(chatPost.body().get("text"));
      String subject = text.lines().findFirst().orElse("");
      try {
        line.push(messageKey + "|" + chatPost.recipient(), text);
        log.sent(messageKey, LINE, chatPost.recipient(), properties.line().to(), subject);
      } catch (RuntimeException e) {
        String error = describe(e);
        LOG.warn("LINE message {} failed: {}", messageKey, error);
        log.failed(messageKey, LINE, chatPost.recipient(), properties.line().to(), subject, error);
        failures.add("LINE: " + error);
      }
    }
    if (!failures.isEmpty()) {
      throw new NotificationFailedException("ส่งการแจ้งเตือน " + messageKey + " ไม่สำเร็จ: " + String.join("; ", failures));
    }
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    Throwable cause = e.getCause();
    if (cause != null && cause != e) {
      text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(")");
    }
    return text.toString();
  }
}
