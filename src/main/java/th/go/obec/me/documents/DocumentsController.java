package th.go.obec.me.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The documents API (paths are a contract): upload to a task, list a process instance's
 * documents, download one, remove one's own upload. Authentication: {@code web/ApiAuthentication}.
 */
@RestController
public class DocumentsController {

  private final Documents documents;
  private final DocumentProperties properties;

  public DocumentsController(Documents documents, DocumentProperties properties) {
    this.documents = documents;
    this.properties = properties;
  }

  @PostMapping(path = "/api/tasks/{taskId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Document> upload(@PathVariable String taskId, @RequestParam("file") MultipartFile file,
      @RequestParam(name = "description", required = false) String description) {
    try {
      Document document = documents.upload(taskId, file.getOriginalFilename(), description, file.getSize(),
          file.getInputStream());
      return ResponseEntity.status(HttpStatus.CREATED).body(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/api/process-instances/{processInstanceId}/documents")
  public List<Document> list(@PathVariable String processInstanceId) {
    return documents.list(processInstanceId);
  }

  @GetMapping("/api/documents/{documentId}/content")
  public ResponseEntity<byte[]> content(@PathVariable String documentId) {
    Documents.Content content = documents.content(documentId);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(content.document().name()))
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(content.document().contentType()))
        .contentLength(content.bytes().length)
        .body(content.bytes());
  }

  @DeleteMapping("/api/documents/{documentId}")
  public ResponseEntity<Void> delete(@PathVariable String documentId) {
    documents.delete(documentId);
    return ResponseEntity.noContent().build();
  }

  /**
   * RFC 6266 with RFC 5987's {@code filename*}: the Thai name in UTF-8 for every current browser,
   * and an ASCII stand-in (non-ASCII letters as '_') for the rest.
   */
  static String contentDisposition(String name) {
    StringBuilder ascii = new StringBuilder();
    for (char c : name.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  @ExceptionHandler(DocumentRefusedException.class)
  ResponseEntity<Map<String, String>> refused(DocumentRefusedException e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
    return refused(new DocumentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
        "ไฟล์ใหญ่เกิน " + properties.maxSize().toMegabytes() + " MB / file larger than "
            + properties.maxSize().toMegabytes() + " MB"));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, String>> noFile(MissingServletRequestPartException e) {
    return refused(new DocumentRefusedException(HttpStatus.BAD_REQUEST,
        "กรุณาเลือกไฟล์ (ช่อง file) / multipart field 'file' is missing"));
  }
}
