package th.go.obec.me.board;

import org.springframework.http.HttpStatus;

/** A request the board refuses, with its status and a Thai message (English after " / "). */
public class BoardRefusedException extends RuntimeException {

  private final HttpStatus status;

  public BoardRefusedException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
