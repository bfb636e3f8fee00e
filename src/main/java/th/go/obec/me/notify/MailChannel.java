package th.go.obec.me.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail through Spring Mail (spring.mail.*: SMTP_HOST, SMTP_PORT, ...). Each message carries a
 * Message-ID made from its key and recipient, so that in the unlikely case a message is sent
 * twice (a crash in the instant between the SMTP server accepting it and the log row being
 * written) mail programs see the same message.
 */
@Component
public class MailChannel {

  public static final String HEADER_KEY = "X-ME-Notify-Key";

  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotifyProperties properties;

  public MailChannel(ObjectProvider<JavaMailSender> mailSender, NotifyProperties properties) {
    this.mailSender = mailSender;
    this.properties = properties;
  }

  public void send(String messageKey, Person to, Message message) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      throw new NotificationFailedException("ไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล (spring.mail.host / SMTP_HOST)");
    }
    String messageId = "<me." + hash(messageKey + "|" + to.id()) + "@me-workflow>";
    Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : null;
    MimeMessage mime = session == null ? sender.createMimeMessage() : new FixedIdMimeMessage(session, messageId);
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.mail().from());
      helper.setTo(to.email());
      helper.setSubject(message.subject());
      helper.setText(message.text(), false);
      mime.setHeader(HEADER_KEY, messageKey);
    } catch (MessagingException e) {
      throw new NotificationFailedException("สร้างอีเมลไม่ได้: " + e.getMessage());
    }
    sender.send(mime);
  }

  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A MIME message that keeps the Message-ID it was given instead of generating one on save. */
  private static final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
