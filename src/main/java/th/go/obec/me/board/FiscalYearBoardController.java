package th.go.obec.me.board;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import th.go.obec.me.board.BoardCaller.Caller;
import th.go.obec.me.board.BoardModel.InstanceHistory;
import th.go.obec.me.board.BoardModel.Overview;
import th.go.obec.me.board.BoardModel.Workload;

/**
 * The fiscal-year board's API, the only data source of the Cockpit board page (paths are a
 * contract): the year's overview, the workbook, each person's workload, an instance's history.
 * For the director, the head of planning and administrators; others get 403, nobody 401.
 */
@RestController
public class FiscalYearBoardController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final FiscalYearBoard board;
  private final BoardCaller callers;

  public FiscalYearBoardController(FiscalYearBoard board, BoardCaller callers) {
    this.board = board;
    this.callers = callers;
  }

  @GetMapping(path = "/api/fiscal-years/{be}/overview", produces = MediaType.APPLICATION_JSON_VALUE)
  public Overview overview(@PathVariable("be") String be) {
    Caller caller = callers.require();
    return board.overview(board.checkYear(be), caller);
  }

  @GetMapping(path = "/api/fiscal-years/{be}/report.xlsx")
  public ResponseEntity<byte[]> report(@PathVariable("be") String be) {
    Caller caller = callers.require();
    int year = board.checkYear(be);
    byte[] workbook = BoardWorkbook.write(board.overview(year, caller));
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("fiscal-year-" + year + ".xlsx").build().toString())
        .body(workbook);
  }

  @GetMapping(path = "/api/fiscal-years/{be}/workload", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<Workload> workload(@PathVariable("be") String be) {
    Caller caller = callers.require();
    return board.workload(board.checkYear(be), caller);
  }

  @GetMapping(path = "/api/process-instances/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
  public InstanceHistory history(@PathVariable("id") String id) {
    Caller caller = callers.require();
    return board.history(id, caller);
  }

  /** A grant missing for this caller (an administrator narrowed the supervisors' authorizations). */
  @ExceptionHandler(AuthorizationException.class)
  public ResponseEntity<Map<String, Object>> notAuthorized(AuthorizationException refusal) {
    return refused(new BoardRefusedException(HttpStatus.FORBIDDEN,
        "ไม่มีสิทธิ์อ่านข้อมูลนี้ / not authorized: " + refusal.getMessage()));
  }

  @ExceptionHandler(BoardRefusedException.class)
  public ResponseEntity<Map<String, Object>> refused(BoardRefusedException refusal) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_JSON);
    if (refusal.status() == HttpStatus.UNAUTHORIZED) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"me-workflow\", charset=\"UTF-8\"");
    }
    return answer.body(Map.of("status", refusal.status().value(), "message", refusal.getMessage()));
  }
}
