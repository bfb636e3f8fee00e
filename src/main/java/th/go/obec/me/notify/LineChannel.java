package th.go.obec.me.notify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.connect.Connectors;
import org.camunda.connect.httpclient.HttpConnector;
import org.camunda.connect.httpclient.HttpResponse;
import org.camunda.connect.httpclient.impl.RequestConfigOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * LINE, where Thai offices talk: a push message of the LINE Messaging API ({@code POST
 * {base}/v2/bot/message/push}, {@code Authorization: Bearer <channel access token>}, JSON
 * {@code {"to": ..., "messages": [{"type": "text", "text": ...}]}}) through Camunda Connect's
 * http-connector, when {@code me.notify.line.to} and the token are set.
 *
 * <p>Never doubled: besides {@link NotifyLog}, each push carries an {@code X-Line-Retry-Key} made
 * from the message key, so when a push reached LINE but its answer was lost (a timeout, a crash
 * before the SENT row), the retry is answered 409 with the accepted request's id and LINE delivers
 * nothing again; that answer counts as sent. Any other answer than 2xx fails the job, which the
 * engine retries like a failed e-mail.
 */
@Component
public class LineChannel {

  /** The Messaging API's limit for one text message, in characters. */
  public static final int MAX_TEXT = 5000;
  static final String CUT = "\n… (ข้อความยาวเกินที่ LINE รับได้ ดูรายการทั้งหมดในอีเมลหรือใน Tasklist)";

  private static final Logger LOG = LoggerFactory.getLogger(LineChannel.class);
  private final ObjectMapper json;

  private final NotifyProperties properties;

  public LineChannel(NotifyProperties properties, ObjectMapper json) {
    this.json = json;
    this.properties = properties;
  }

  public boolean active() {
    // on, someone to push to, and the token to do it with
    NotifyProperties.Line line = properties.line();
    return line.enabled() && line.to() != null && !line.to().isBlank()
        && line.channelAccessToken() != null && !line.channelAccessToken().isBlank();
  }

  /** The retry key of a message: the same for every attempt of it, different for every message. */
  static String retryKey(String messageKey) {
    return UUID.nameUUIDFromBytes(("me-workflow|" + messageKey).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The text cut to LINE's limit (counting code points, as LINE counts characters), ending with a note. */
  static String fit(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_TEXT) {
      return text;
    }
    int keep = MAX_TEXT - CUT.codePointCount(0, CUT.length());
    String head = text.substring(0, text.offsetByCodePoints(0, keep));
    int lastLine = head.lastIndexOf('\n');
    if (lastLine > keep / 2) {
      head = head.substring(0, lastLine);
    }
    return head + CUT;
  }

  public void push(String messageKey, String text) {
    HttpConnector http = Connectors.getConnector(HttpConnector.ID);
    if (http == null) {
      throw new NotificationFailedException("ไม่พบ Camunda Connect http-connector");
    }
    NotifyProperties.Line line = properties.line();
    String payload;
    try {
      payload = json.writeValueAsString(Map.of("to", line.to().trim(),
          "messages", List.of(Map.of("type", "text", "text", fit(text)))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String base = line.baseUrl().trim();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    int timeout = (int) line.timeout().toMillis();
    HttpResponse response = http.createRequest()
        .url(base + "/v2/bot/message/push")
        .post()
        .contentType("application/json; charset=UTF-8")
        .header("Authorization", "Bearer " + line.channelAccessToken().trim())
        .header("X-Line-Retry-Key", retryKey(messageKey))
        .payload(payload)
        .configOption(RequestConfigOption.CONNECTION_TIMEOUT.getName(), timeout)
        .configOption(RequestConfigOption.SOCKET_TIMEOUT.getName(), timeout)
        .execute();
    try {
      Integer status = response.getStatusCode();
      String accepted = header(response, "x-line-accepted-request-id");
      if (status != null && status == 409 && accepted != null) {
        LOG.info("LINE had already accepted message {} (request {}): not sent again", messageKey, accepted);
        return;
      }
      if (status == null || status < 200 || status >= 300) {
        throw new NotificationFailedException("LINE Messaging API ตอบ HTTP " + status + ": " + brief(response.getResponse()));
      }
    } finally {
      response.close();
    }
  }

  /** A response header by name, in any letter case (HTTP header names are case-insensitive). */
  private static String header(HttpResponse response, String name) {
    Map<String, String> headers = response.getHeaders();
    if (headers == null) {
      return null;
    }
    return headers.entrySet().stream().filter(entry -> name.equalsIgnoreCase(entry.getKey()))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  private static String brief(String body) {
    if (body == null) {
      return "";
    }
    return body.length() > 300 ? body.substring(0, 300) : body;
  }
}
