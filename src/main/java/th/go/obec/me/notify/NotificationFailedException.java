package th.go.obec.me.notify;

/** A send failed: the job fails, so the engine retries it and finally raises an incident. */
public class NotificationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotificationFailedException(String message) {
    super(message);
  }
}
