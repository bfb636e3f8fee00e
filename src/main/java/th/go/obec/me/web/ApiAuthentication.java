package th.go.obec.me.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Our own API under /api answers only authenticated callers and acts as them in the engine, like
 * /engine-rest: either the web apps' login session (the Tasklist plugin; a changing request must
 * then carry the session's CSRF token in X-XSRF-TOKEN, as the web apps' own requests do) or HTTP
 * Basic against the engine's users (scripts). Anyone else gets 401 with a Thai message.
 */
@Configuration
public class ApiAuthentication {

  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> apiAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(engine));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final ProcessEngine engine;

    Filter(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      IdentityService identity = engine.getIdentityService();
      String header = request.getHeader("Authorization");
      String userId = null;
      List<String> groups = List.of();
      if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
        String[] credentials = decode(header.substring(6).trim());
        if (credentials != null && identity.checkPassword(credentials[0], credentials[1])) {
          userId = credentials[0];
          groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        }
      } else {
        UserAuthentication session = fromSession(request.getSession(false));
        if (session != null) {
          if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                "คำขอไม่มีรหัสป้องกัน CSRF ที่ถูกต้อง กรุณาโหลดหน้าใหม่ / missing or wrong CSRF token");
            return;
          }
          userId = session.getIdentityId();
          groups = session.getGroupIds() == null ? List.of() : session.getGroupIds();
        }
      }
      if (userId == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"me-workflow\", charset=\"UTF-8\"");
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "กรุณาเข้าสู่ระบบ / authentication required");
        return;
      }
      identity.setAuthentication(userId, groups);
      try {
        chain.doFilter(request, response);
      } finally {
        identity.clearAuthentication();
      }
    }

    private UserAuthentication fromSession(HttpSession session) {
      if (session == null) {
        return null;
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications == null) {
        return null;
      }
      return authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user
          ? user : null;
    }

    private static boolean csrfTokenMatches(HttpServletRequest request) {
      Object expected = request.getSession(false).getAttribute(CSRF_SESSION_ATTRIBUTE);
      String given = request.getHeader(CSRF_HEADER);
      return expected != null && expected.equals(given);
    }

    private static String[] decode(String encoded) {
      try {
        String plain = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        int colon = plain.indexOf(':');
        return colon <= 0 ? null : new String[] {plain.substring(0, colon), plain.substring(colon + 1)};
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
      response.setStatus(status);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"message\":\"" + message.replace("\"", "'") + "\"}");
    }
  }
}
