package th.go.obec.me.documents;

import org.springframework.http.HttpStatus;

/** A request about documents that is refused: the status and a Thai message (English after " / "). */
public class DocumentRefusedException extends RuntimeException {

  private final HttpStatus status;

  public DocumentRefusedException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
