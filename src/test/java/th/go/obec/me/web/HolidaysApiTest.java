package th.go.obec.me.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** GET /api/fiscal-years/{be}/holidays through real HTTP calls to the running server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HolidaysApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static List<Map<String, String>> days(HttpResponse<String> response) throws Exception {
    return JSON.readValue(response.body(), new TypeReference<>() { });
  }

  @Test
  void aLoggedInPersonGetsTheHolidaysOfTheFiscalYear() throws Exception {
    HttpResponse<String> response = get("/api/fiscal-years/2570/holidays", "prasit.b", "test-password");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    List<Map<String, String>> days = days(response);
    assertThat(days.get(0)).containsExactlyInAnyOrderEntriesOf(Map.of("date", "2026-10-13", "name", "วันนวมินทรมหาราช"));
    assertThat(days).extracting(day -> day.get("date"))
        .contains("2026-12-07", "2027-01-01", "2027-02-22", "2027-07-19")
        .allMatch(date -> date.compareTo("2026-10-01") >= 0 && date.compareTo("2027-09-30") <= 0)
        .isSorted();
    // วันมาฆบูชา 2570 falls on Sunday 21 February: Monday the 22nd is its substitution day
    assertThat(days).filteredOn(day -> day.get("date").startsWith("2027-02-2")).extracting(day -> day.get("name"))
        .containsExactly("วันมาฆบูชา", "วันหยุดชดเชยวันมาฆบูชา");
    assertThat(days).allMatch(day -> day.keySet().equals(java.util.Set.of("date", "name")));
  }

  @Test
  void anonymousCallersAndWrongPasswordsGet401() throws Exception {
    HttpResponse<String> anonymous = get("/api/fiscal-years/2570/holidays", null, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("กรุณาเข้าสู่ระบบ");
    // a user nobody else here logs in as: the engine delays the next login after a wrong password
    assertThat(get("/api/fiscal-years/2570/holidays", "ratana.n", "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void aCommonEraOrFarYearIsRefusedInThai() throws Exception {
    HttpResponse<String> ce = get("/api/fiscal-years/2027/holidays", "malee.r", "test-password");
    assertThat(ce.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(ce.body()).path("message").asText()).startsWith("ปีงบประมาณต้องเป็นปีพุทธศักราช")
        .contains("พ.ศ. 2570").contains(" / ");
    assertThat(get("/api/fiscal-years/2700/holidays", "malee.r", "test-password").statusCode()).isEqualTo(400);
    assertThat(get("/api/fiscal-years/2559/holidays", "malee.r", "test-password").statusCode()).isEqualTo(400);
    assertThat(get("/api/fiscal-years/abc/holidays", "malee.r", "test-password").statusCode()).isEqualTo(400);
    assertThat(get("/api/fiscal-years/" + URLEncoder.encode("๒๕๗๐", StandardCharsets.UTF_8) + "/holidays",
        "malee.r", "test-password").statusCode()).isEqualTo(200);
  }

  @Test
  void tasklistsSessionIsEnough() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=somchai.j&password=test-password")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);

    HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/api/fiscal-years/2569/holidays")).GET()
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(days(response)).extracting(day -> day.get("date")).contains("2026-05-31", "2026-06-01");
  }
}
