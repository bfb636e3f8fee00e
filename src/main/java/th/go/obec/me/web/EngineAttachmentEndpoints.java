package th.go.obec.me.web;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The engine's own task-attachment endpoints (/engine-rest and the web apps' /camunda/api/engine)
 * are closed: the engine checks no authorization on attachments, nor a file's size or type, so
 * documents go through /api only (th.go.obec.me.documents), where both are checked.
 */
@Configuration
public class EngineAttachmentEndpoints {

  private static final Pattern ATTACHMENTS = Pattern.compile(".*/task/[^/]+/attachment(/.*)?$");

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> engineAttachmentsClosed() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (ATTACHMENTS.matcher(request.getRequestURI()).matches()) {
          response.setStatus(HttpServletResponse.SC_FORBIDDEN);
          response.setContentType("application/json;charset=UTF-8");
          response.getWriter().write("{\"message\":\"เอกสารของงานใช้ผ่าน /api/tasks/{taskId}/documents และ"
              + " /api/process-instances/{id}/documents / task attachments are served by /api only\"}");
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("engine-attachments-closed");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }
}
