package th.go.obec.me.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Our own API under /api answers logged-in people only: a person logged in to Tasklist, Cockpit or
 * Admin (the web apps' session, so Tasklist's scripts can call it), or a caller with HTTP Basic
 * credentials of an engine user (as /engine-rest). Anyone else gets 401 with a Thai message.
 */
@Configuration
public class ApiAuthentication {

  static final String ANONYMOUS = "{\"type\":\"AuthenticationException\",\"message\":"
      + "\"กรุณาเข้าสู่ระบบก่อน / Log in first\"}";

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> apiAuthenticationFilter(@Lazy IdentityService identityService) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (loggedInToWebApps(request) || basicCredentialsValid(request, identityService)) {
          chain.doFilter(request, response);
          return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (request.getHeader("Authorization") != null || request.getSession(false) == null) {
          response.setHeader("WWW-Authenticate", "Basic realm=\"me-workflow\", charset=\"UTF-8\"");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ANONYMOUS);
      }
    });
    registration.setName("me-api-authentication");
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  private static boolean loggedInToWebApps(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null && !authentications.getAuthentications().isEmpty();
  }

  private static boolean basicCredentialsValid(HttpServletRequest request, IdentityService identityService) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    return colon > 0 && identityService.checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
