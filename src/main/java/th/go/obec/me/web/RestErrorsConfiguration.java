package th.go.obec.me.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.go.obec.me.rule.Limits;
import th.go.obec.me.rule.OfficeRuleException;

/**
 * Puts {@link RestErrors} in place for both REST applications, and a filter in front of them
 * (before authentication) for what happens outside Jersey: a body above {@code me.limits.request-body}
 * answers 413, a database that is away while the caller's password is checked answers 503, both
 * in the engine's JSON error shape instead of the servlet container's error page.
 */
@Configuration
public class RestErrorsConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrorsConfiguration.class);

  /** The /engine-rest application, read after {@link RestErrors#install()} changed its providers. */
  @Bean
  public CamundaJerseyResourceConfig engineRestConfig() {
    RestErrors.install();
    CamundaJerseyResourceConfig config = new CamundaJerseyResourceConfig();
    // Camunda brings its own Jackson provider; Jersey's Jackson feature would add mappers that
    // answer bad JSON in plain text, ahead of RestErrors
    config.property("jersey.config.jsonFeature", "CamundaJackson");
    return config;
  }

  @Bean
  public FilterRegistrationBean<Filter> restEdges(Limits limits, ObjectMapper json) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EdgeFilter(limits, json));
    registration.setName("rest-edges");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  static final class EdgeFilter implements Filter {

    private final long maxBody;
    private final ObjectMapper json;

    EdgeFilter(Limits limits, ObjectMapper json) {
      this.json = json;
      this.maxBody = limits.requestBody().toBytes();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      HttpServletResponse answer = (HttpServletResponse) response;
      if (http.getContentLengthLong() > maxBody) {
        OfficeRuleException tooLarge = tooLarge(maxBody);
        LOG.warn("Refused 413 for {} {}: {}", http.getMethod(), http.getRequestURI(), tooLarge.getMessage());
        write(answer, 413, "OfficeRuleException", tooLarge.getMessage(), false);
        return;
      }
      try {
        chain.doFilter(new LimitedRequest(http, maxBody), response);
      } catch (IOException | ServletException | RuntimeException e) {
        if (!DatabaseUnavailable.isCause(e) || answer.isCommitted()) {
          throw e;
        }
        LOG.warn("Database unavailable, answered 503 to {} {}: {}", http.getMethod(), http.getRequestURI(), e.toString());
        write(answer, 503, "DatabaseUnavailable", DatabaseUnavailable.message(), true);
      }
    }

    private void write(HttpServletResponse answer, int status, String type, String message, boolean retry)
        throws IOException {
      answer.resetBuffer();
      answer.setStatus(status);
      if (retry) {
        answer.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      }
      answer.setContentType("application/json;charset=UTF-8");
      ObjectNode body = json.createObjectNode().put("type", type).put("message", message);
      body.putNull("code");
      answer.getOutputStream().write(json.writeValueAsBytes(body));
    }
  }

  static OfficeRuleException tooLarge(long maxBody) {
    String size = maxBody % (1024 * 1024) == 0 ? (maxBody / (1024 * 1024)) + " MB" : maxBody + " bytes";
    return OfficeRuleException.tooLarge("คำขอมีขนาดเกินกำหนด (ไม่เกิน " + size + ")",
        "request body larger than the limit of " + size + " (me.limits.request-body)");
  }

  /** A request whose body stops with a 413 refusal once it passes the limit (chunked bodies). */
  static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long max;
    private ServletInputStream limited;

    LimitedRequest(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        ServletInputStream in = super.getInputStream();
        limited = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) {
            read += n;
            if (read > max) {
              throw tooLarge(max);
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return limited;
    }
  }
}
