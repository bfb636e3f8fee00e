package th.go.obec.me.notify;

import java.util.Map;

import org.camunda.connect.Connectors;
import org.camunda.connect.httpclient.HttpConnector;
import org.camunda.connect.httpclient.HttpResponse;
import org.camunda.connect.httpclient.impl.RequestConfigOption;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The chat webhook: an HTTP POST of a JSON body ({@code text} plus the facts as fields) through
 * Camunda Connect's {@code http-connector}, when me.notify.chat.webhook-url (CHAT_WEBHOOK_URL) is
 * set. Any answer other than 2xx is a failure, retried like a failed e-mail.
 */
@Component
public class ChatChannel {

  private final ObjectMapper json;

  private final NotifyProperties properties;

  public ChatChannel(NotifyProperties properties, ObjectMapper json) {
    this.json = json;
    this.properties = properties;
  }

  public boolean active() {
    // on, and somewhere to post to
    NotifyProperties.Chat chat = properties.chat();
    return chat.enabled() && chat.webhookUrl() != null && !chat.webhookUrl().isBlank();
  }

  public void post(Map<String, Object> body) {
    HttpConnector http = Connectors.getConnector(HttpConnector.ID);
    if (http == null) {
      throw new NotificationFailedException("ไม่พบ Camunda Connect http-connector");
    }
    String payload;
    try {
      payload = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    int timeout = (int) properties.chat().timeout().toMillis();
    HttpResponse response = http.createRequest()
        .url(properties.chat().webhookUrl().trim())
        .post()
        .contentType("application/json; charset=UTF-8")
        .payload(payload)
        .configOption(RequestConfigOption.CONNECTION_TIMEOUT.getName(), timeout)
        .configOption(RequestConfigOption.SOCKET_TIMEOUT.getName(), timeout)
        .execute();
    try {
      Integer status = response.getStatusCode();
      if (status == null || status < 200 || status >= 300) {
        throw new NotificationFailedException("chat webhook ตอบ HTTP " + status);
      }
    } finally {
      response.close();
    }
  }
}
