package th.go.obec.me.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on this machine that answers {@code POST /v2/bot/message/push} the way the
 * LINE Messaging API documents it: 401 without the right bearer token, 400 for a body that is not
 * {@code {"to": <id>, "messages": [1-5 messages of {"type": "text", "text": 1-5000 characters}]}},
 * 409 with {@code x-line-accepted-request-id} for a retry key it has already accepted, 200 with
 * {@code {"sentMessages": [...]}} otherwise. What it delivered is kept for the tests.
 */
final class LineApiServer {

  static final String TOKEN = "Xy9+test/channel=access.token==";
  static final String GROUP = "C0123456789abcdef0123456789abcdef";

  /** One message LINE delivered to the group. */
  record Delivered(String to, String text, String retryKey) {
  }

  static final HttpServer SERVER = start();
  static final List<Delivered> DELIVERED = new CopyOnWriteArrayList<>();
  /** Requests refused, with the reason (for the tests to show what was wrong). */
  static final List<String> REFUSED = new CopyOnWriteArrayList<>();
  /** How many of the next pushes fail with 500 before LINE accepts anything. */
  static final AtomicInteger FAIL_NEXT = new AtomicInteger();
  /** How many of the next pushes LINE delivers but whose answer is lost (500 to the caller). */
  static final AtomicInteger LOSE_ANSWER_OF_NEXT = new AtomicInteger();

  private static final Map<String, String> ACCEPTED = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private LineApiServer() {
  }

  static String baseUrl() {
    return "http://127.0.0.1:" + SERVER.getAddress().getPort();
  }

  static void reset() {
    DELIVERED.clear();
    REFUSED.clear();
    ACCEPTED.clear();
    FAIL_NEXT.set(0);
    LOSE_ANSWER_OF_NEXT.set(0);
  }

  private static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/v2/bot/message/push", LineApiServer::push);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void push(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!"POST".equals(exchange.getRequestMethod())) {
      answer(exchange, 405, "{\"message\":\"Method not allowed\"}");
      return;
    }
    if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      refuse(exchange, 401, "Authentication failed. Confirm that the access token in the authorization header is valid.");
      return;
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      refuse(exchange, 415, "Content-Type must be application/json");
      return;
    }
    String retryKey = exchange.getRequestHeaders().getFirst("X-Line-Retry-Key");
    if (retryKey != null) {
      try {
        UUID.fromString(retryKey);
      } catch (IllegalArgumentException e) {
        refuse(exchange, 400, "The retry key must be a UUID");
        return;
      }
      String accepted = ACCEPTED.get(retryKey);
      if (accepted != null) {
        exchange.getResponseHeaders().add("x-line-accepted-request-id", accepted);
        answer(exchange, 409, "{\"message\":\"The retry key is already accepted\"}");
        return;
      }
    }
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (IOException e) {
      refuse(exchange, 400, "The request body has 1 error(s): not JSON");
      return;
    }
    String problem = problem(json);
    if (problem != null) {
      refuse(exchange, 400, problem);
      return;
    }
    if (FAIL_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      answer(exchange, 500, "{\"message\":\"An error occurred in the server\"}");
      return;
    }
    String requestId = UUID.randomUUID().toString();
    if (retryKey != null) {
      ACCEPTED.put(retryKey, requestId);
    }
    for (JsonNode message : json.path("messages")) {
      DELIVERED.add(new Delivered(json.path("to").asText(), message.path("text").asText(), retryKey));
    }
    if (LOSE_ANSWER_OF_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      answer(exchange, 500, "{\"message\":\"answer lost\"}");
      return;
    }
    exchange.getResponseHeaders().add("x-line-request-id", requestId);
    answer(exchange, 200, "{\"sentMessages\":[{\"id\":\"1\",\"quoteToken\":\"q\"}]}");
  }

  private static String problem(JsonNode json) {
    if (!json.isObject() || !json.path("to").isTextual() || json.path("to").asText().isBlank()) {
      return "The property, 'to', in the request body is invalid";
    }
    JsonNode messages = json.path("messages");
    if (!messages.isArray() || messages.size() < 1 || messages.size() > 5) {
      return "The property, 'messages', in the request body is invalid (1-5 messages)";
    }
    for (JsonNode message : messages) {
      if (!"text".equals(message.path("type").asText())) {
        return "messages[].type must be text here";
      }
      String text = message.path("text").asText("");
      int length = text.codePointCount(0, text.length());
      if (text.isBlank() || length > 5000) {
        return "messages[].text must have 1-5000 characters, has " + length;
      }
    }
    return null;
  }

  private static void refuse(HttpExchange exchange, int status, String message) throws IOException {
    REFUSED.add(status + " " + message);
    answer(exchange, status, JSON.writeValueAsString(Map.of("message", message)));
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
