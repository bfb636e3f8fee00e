package th.go.obec.me.web;

import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JacksonException;

import th.go.obec.me.rule.OfficeRuleException;

/**
 * The one place where errors of the REST API become answers, for both Jersey applications that
 * serve it: {@code /engine-rest} and the web apps' {@code /camunda/api/engine} (Tasklist's
 * submit-form, Admin, the profile page).
 *
 * <ul>
 *   <li>An office rule ({@link OfficeRuleException}), however deep the engine or a REST resource
 *   wrapped it, answers its own status (400, 409, 413) with its Thai/English message, and logs one
 *   WARN line with the user and the reason.</li>
 *   <li>A database that is away for a moment answers 503 with {@code Retry-After}.</li>
 *   <li>Everything else is answered exactly as Camunda would (its status and message); a 4xx logs
 *   one WARN line, a 5xx an ERROR with the stack trace.</li>
 * </ul>
 * Every answer has the engine's JSON error shape {@code {type, message, code}}.
 *
 * <p>Camunda registers catch-all mappers (Throwable, ProcessEngineException, RestException and
 * Jackson's two) in one shared set of configuration classes; two mappers of the same exception
 * type would leave the choice to Jersey's registration order, so {@link #install()} replaces those
 * by this one in that set before either application reads it.
 */
@Provider
public class RestErrors implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrors.class);

  private static final Set<Class<?>> REPLACED = Set.of(ExceptionHandler.class, ProcessEngineExceptionHandler.class,
      RestExceptionHandler.class, JsonParseExceptionHandler.class, JsonMappingExceptionHandler.class);

  /** The Thai words said before the engine's own English message, by status. */
  private static final Map<Integer, String> THAI = Map.of(
      400, "คำขอไม่ถูกต้อง",
      401, "ต้องเข้าสู่ระบบ",
      403, "ไม่มีสิทธิ์ทำรายการนี้",
      404, "ไม่พบข้อมูลที่ระบุ",
      405, "ไม่รองรับวิธีเรียกนี้",
      409, "ข้อมูลถูกแก้ไขพร้อมกันหรือซ้ำกับที่มีอยู่",
      415, "ไม่รองรับชนิดข้อมูลที่ส่งมา");

  /** Puts this mapper in place of Camunda's catch-all ones; idempotent. */
  public static synchronized void install() {
    Set<Class<?>> classes = CamundaRestResources.getConfigurationClasses();
    classes.removeAll(REPLACED);
    classes.add(RestErrors.class);
  }

  @Override
  public Response toResponse(Throwable thrown) {
    OfficeRuleException rule = OfficeRuleException.findIn(thrown).orElse(null);
    if (rule != null) {
      LOG.warn("Refused {} for {}: {}", rule.status(), currentUser(), rule.getMessage());
      return answer(rule.status(), rule.getClass().getSimpleName(), rule.getMessage());
    }
    if (DatabaseUnavailable.isCause(thrown)) {
      LOG.warn("Database unavailable, answered 503 to {}: {}", currentUser(), thrown.toString());
      return Response.status(503).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .entity(dto("DatabaseUnavailable", DatabaseUnavailable.message()))
          .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    if (thrown instanceof JacksonException json) {
      LOG.warn("Refused 400 for {}: unreadable JSON: {}", currentUser(), json.getOriginalMessage());
      return answer(400, "InvalidRequestException", "ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้องตามรูปแบบของ API"
          + " / invalid JSON for this request: " + json.getOriginalMessage());
    }
    ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
    int status = statusOf(camunda, thrown);
    Throwable shown = thrown;
    if (status >= 500) {
      // A REST resource wraps every engine exception in a 500; an engine exception inside that
      // means a client's mistake (not found, bad request, not allowed) keeps its own status.
      for (Throwable cause = thrown.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        int causeStatus = statusOf(camunda, cause);
        if (cause instanceof org.camunda.bpm.engine.ProcessEngineException && causeStatus < 500) {
          status = causeStatus;
          shown = cause;
          break;
        }
      }
    }
    if (status >= 500) {
      LOG.error("REST request of {} failed with {}", currentUser(), status, thrown);
    } else {
      LOG.warn("Refused {} for {}: {}", status, currentUser(), shown.getMessage());
    }
    ExceptionDto dto = camunda.fromException(shown);
    if (status < 500) {
      // the engine's words are English and sometimes empty: Thai first, and the cause that says most
      String english = dto.getMessage();
      for (Throwable cause = shown.getCause(); (english == null || english.isBlank()) && cause != null;
          cause = cause.getCause()) {
        english = cause.getMessage();
      }
      dto.setMessage(THAI.getOrDefault(status, "คำขอไม่สำเร็จ") + " / "
          + (english == null || english.isBlank() ? "HTTP " + status : english));
    }
    return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The engine's status for an exception, with the client's mistakes it answers 500 corrected. */
  private static int statusOf(ExceptionHandlerHelper camunda, Throwable thrown) {
    if (thrown instanceof NullValueException missing) {
      return statusOf(missing);
    }
    // a claim of a task someone else holds: the person's request meets the current state
    if (thrown instanceof TaskAlreadyClaimedException) {
      return 409;
    }
    return camunda.getStatus(thrown).getStatusCode();
  }

  /**
   * The engine reports an unknown id ("Cannot find task with id x", "task x doesn't exist") and a
   * missing argument with the same exception: the first is a 404, the second a 400.
   */
  private static int statusOf(NullValueException missing) {
    String message = String.valueOf(missing.getMessage());
    return message.contains("Cannot find") || message.contains("doesn't exist") || message.contains("does not exist")
        ? 404 : 400;
  }

  static Response answer(int status, String type, String message) {
    return Response.status(status).entity(dto(type, message)).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  static ExceptionDto dto(String type, String message) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(type);
    dto.setMessage(message);
    return dto;
  }

  private static String currentUser() {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    Authentication authentication = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? "anonymous" : authentication.getUserId();
  }
}
