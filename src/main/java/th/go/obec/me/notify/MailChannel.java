package th.go.obec.me.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail through Spring Mail (spring.mail.*: SMTP_HOST, SMTP_PORT, ...). Each message carries a
 * Message-ID made from its key and recipient, so that in the unlikely case a message is sent
 * twice (a crash in the instant between the SMTP server accepting it and the log row being
 * written) mail programs see the same message.
 *
 * <p>Reminders come in bursts (a whole office's at 08:30): opening an SMTP connection per message
 * (TCP, greeting, EHLO, STARTTLS, AUTH) would cost more than the message. Connections are kept
 * open and reused: at most one per job thread, checked before each use, closed after
 * {@link #IDLE_MILLIS} unused. A connection that fails is closed, never reused; the job's retry
 * sends what was not logged as sent.
 */
@Component
public class MailChannel implements DisposableBean {

  public static final String HEADER_KEY = "X-ME-Notify-Key";

  /** Connections unused this long are closed rather than reused (servers drop idle ones). */
  static final long IDLE_MILLIS = 20_000;

  /** A connection used this recently is reused without asking the server first (a NOOP). */
  static final long FRESH_MILLIS = 2_000;

  private static final Logger LOG = LoggerFactory.getLogger(MailChannel.class);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotifyProperties properties;
  private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();

  public MailChannel(ObjectProvider<JavaMailSender> mailSender, NotifyProperties properties) {
    this.mailSender = mailSender;
    this.properties = properties;
  }

  private record Connection(Transport transport, long lastUsed) {
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
      // set directly: MimeMessageHelper would read the MIME type map from the class path for each message
      mime.setFrom(new InternetAddress(properties.mail().from()));
      mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to.email()));
      mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      mime.setText(message.text(), StandardCharsets.UTF_8.name());
      mime.setHeader(HEADER_KEY, messageKey);
    } catch (MessagingException e) {
      throw new NotificationFailedException("สร้างอีเมลไม่ได้: " + e.getMessage());
    }
    if (sender instanceof JavaMailSenderImpl impl) {
      sendOverPooledConnection(impl, mime);
    } else {
      sender.send(mime);
    }
  }

  private void sendOverPooledConnection(JavaMailSenderImpl sender, MimeMessage mime) {
    Transport transport = null;
    try {
      mime.setSentDate(new java.util.Date());
      mime.saveChanges();
      transport = connection(sender);
      transport.sendMessage(mime, mime.getAllRecipients());
      idle.push(new Connection(transport, System.currentTimeMillis()));
    } catch (MessagingException e) {
      close(transport);
      throw new MailSendException("ส่งอีเมลไม่สำเร็จ: " + e.getMessage(), e);
    }
  }

  /** A connected transport: a recent idle one that still answers, or a new one. */
  private Transport connection(JavaMailSenderImpl sender) throws MessagingException {
    long now = System.currentTimeMillis();
    for (Connection pooled = idle.poll(); pooled != null; pooled = idle.poll()) {
      long unused = now - pooled.lastUsed();
      if (unused < FRESH_MILLIS || (unused < IDLE_MILLIS && pooled.transport().isConnected())) {
        return pooled.transport();
      }
      close(pooled.transport());
    }
    Transport transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
    String username = sender.getUsername();
    String password = sender.getPassword();
    transport.connect(sender.getHost(), sender.getPort(), username == null || username.isEmpty() ? null : username,
        password == null || password.isEmpty() ? null : password);
    return transport;
  }

  private static void close(Transport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException | RuntimeException e) {
        LOG.debug("Closing an SMTP connection: {}", e.getMessage());
      }
    }
  }

  @Override
  public void destroy() {
    for (Connection pooled = idle.poll(); pooled != null; pooled = idle.poll()) {
      close(pooled.transport());
    }
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
