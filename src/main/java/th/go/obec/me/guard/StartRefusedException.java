package th.go.obec.me.guard;

import jakarta.ws.rs.core.Response.Status;

import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A start the office's rules refuse (a duplicate business key, a missing or implausible fiscal
 * year). It extends the REST layer's exception on purpose: the engine lets a listener's runtime
 * exception through unchanged, and the REST start and submit-form resources answer a
 * {@link RestException} with its own status and message, where any engine exception would
 * become a 500.
 */
public class StartRefusedException extends RestException {

  private static final long serialVersionUID = 1L;

  public StartRefusedException(Status status, String message) {
    super(status, message);
  }

  public static StartRefusedException conflict(String message) {
    return new StartRefusedException(Status.CONFLICT, message);
  }

  public static StartRefusedException badRequest(String message) {
    return new StartRefusedException(Status.BAD_REQUEST, message);
  }
}
