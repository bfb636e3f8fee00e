package th.go.obec.me.publish;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.go.obec.me.ProcessConstants;

/**
 * What the annual report's publishing step needs to call the office website through Camunda
 * Connect ({@code http-connector}): whether the endpoint is configured, the request headers and
 * JSON body, and the published address read from the answer.
 *
 * <p>An answer that is not 2xx, or that names no address, is an exception: the job is retried on
 * the BPMN's retry cycle and then becomes an incident in Cockpit, so a report is never silently
 * left unpublished.
 */
@Component("websitePublishing")
public class WebsitePublishing {

  private final ObjectMapper json;

  private final WebsitePublishingProperties properties;

  public WebsitePublishing(WebsitePublishingProperties properties, ObjectMapper json) {
    this.json = json;
    this.properties = properties;
  }

  /** True when the website's publishing endpoint is set; otherwise a person publishes by hand. */
  public boolean isConfigured() {
    return !isBlank(properties.url());
  }

  public String getUrl() {
    return properties.url();
  }

  public String getRetryCycle() {
    return properties.retryCycle();
  }

  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=UTF-8");
    headers.put("Accept", "application/json");
    if (!isBlank(properties.user())) {
      String credentials = properties.user() + ":" + (properties.password() == null ? "" : properties.password());
      headers.put("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return headers;
  }

  /** Timeouts, so that a website that does not answer fails the job instead of holding it. */
  public Map<String, Object> requestConfig() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("connection-timeout", 10_000);
    config.put("connection-request-timeout", 10_000);
    config.put("socket-timeout", 30_000);
    return config;
  }

  /**
   * The connector's request body for the instance publishing its report: its {@code reportTitle},
   * {@code fiscalYear} and {@code reportUrl}, as {@link #requestBody}.
   */
  public String announcement(VariableScope instance) {
    return requestBody(instance.getVariable("reportTitle"), instance.getVariable(ProcessConstants.FISCAL_YEAR),
        instance.getVariable("reportUrl"));
  }

  /** {"title": ..., "fiscalYear": 2570, "reportUrl": ...} */
  public String requestBody(Object title, Object fiscalYear, Object reportUrl) {
    ObjectNode body = json.createObjectNode();
    body.put("title", title == null ? null : title.toString());
    if (fiscalYear instanceof Number number) {
      body.put("fiscalYear", number.intValue());
    } else {
      body.put("fiscalYear", fiscalYear == null ? null : fiscalYear.toString());
    }
    body.put("reportUrl", reportUrl == null ? null : reportUrl.toString());
    return body.toString();
  }

  /**
   * The published page's address from a 2xx answer ({"url": ...} or {"publishedUrl": ...}); any
   * other answer is an exception, so that the job retries and finally raises an incident.
   */
  public String publishedUrl(Object statusCode, Object response) {
    int status = statusCode instanceof Number number ? number.intValue() : -1;
    String text = response == null ? "" : response.toString();
    if (status < 200 || status > 299) {
      throw new WebsitePublishingException("The website answered HTTP " + status + " to " + properties.url()
          + ": " + abbreviate(text));
    }
    try {
      JsonNode answer = json.readTree(text.isBlank() ? "{}" : text);
      for (String field : new String[] {"publishedUrl", "url"}) {
        if (answer.hasNonNull(field) && !answer.get(field).asText().isBlank()) {
          return answer.get(field).asText();
        }
      }
    } catch (JsonProcessingException e) {
      throw new WebsitePublishingException("The website's answer is not JSON: " + abbreviate(text), e);
    }
    throw new WebsitePublishingException("The website's answer names no published address (url): " + abbreviate(text));
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** A failed publishing call: technical, so the engine retries it. */
  public static class WebsitePublishingException extends RuntimeException {
    public WebsitePublishingException(String message) {
      super(message);
    }

    public WebsitePublishingException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
