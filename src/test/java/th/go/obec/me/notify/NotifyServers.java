package th.go.obec.me.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) and a real HTTP server standing in for the chat webhook, on free
 * ports of this machine, for the notification tests. The SMTP server can be stopped and started
 * again on the same port to play an outage.
 */
public final class NotifyServers {

  public static final int SMTP_PORT = freePort();
  public static final HttpServer WEBHOOK = webhook();
  /** Bodies of the POSTs the webhook answered with 200. */
  public static final List<String> POSTS = new CopyOnWriteArrayList<>();
  /** How many of the next POSTs the webhook answers with 500. */
  public static final AtomicInteger FAIL_NEXT_POSTS = new AtomicInteger();

  private static GreenMail smtp = startSmtp();

  private NotifyServers() {
  }

  public static String webhookUrl() {
    return "http://127.0.0.1:" + WEBHOOK.getAddress().getPort() + "/hook";
  }

  public static synchronized GreenMail startSmtp() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    smtp = server;
    return server;
  }

  public static synchronized void stopSmtp() {
    smtp.stop();
  }

  public static synchronized List<MimeMessage> mails() {
    return new ArrayList<>(Arrays.asList(smtp.getReceivedMessages()));
  }

  /** Mails whose message key (header X-ME-Notify-Key) starts with a prefix. */
  public static List<MimeMessage> mails(String keyPrefix) {
    return mails().stream().filter(mail -> key(mail).startsWith(keyPrefix)).toList();
  }

  public static String key(MimeMessage mail) {
    try {
      String key = mail.getHeader(MailChannel.HEADER_KEY, null);
      return key == null ? "" : key;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String to(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String body(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<String> posts(String containing) {
    return POSTS.stream().filter(post -> post.contains(containing)).toList();
  }

  public static synchronized void reset() {
    try {
      smtp.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    POSTS.clear();
    FAIL_NEXT_POSTS.set(0);
  }

  private static HttpServer webhook() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/hook", exchange -> {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = FAIL_NEXT_POSTS.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
        if (status == 200) {
          POSTS.add(body);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
