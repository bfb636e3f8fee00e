package th.go.obec.me.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import th.go.obec.me.identity.People;

/**
 * Documents kept with the process instances, as the engine's task attachments: content in
 * ACT_GE_BYTEARRAY, written in the engine's own transaction, backed up with the database and
 * removed by history cleanup with their process (they carry its root instance and removal time).
 */
@Service
public class Documents {

  private static final Logger LOG = LoggerFactory.getLogger(Documents.class);
  private static final int MAX_NAME_LENGTH = 255;

  private final ProcessEngine engine;
  private final DocumentAccess access;
  private final DocumentProperties properties;
  private final FileTypes fileTypes;

  public Documents(ProcessEngine engine, DocumentAccess access, DocumentProperties properties, FileTypes fileTypes) {
    this.engine = engine;
    this.access = access;
    this.properties = properties;
    this.fileTypes = fileTypes;
  }

  /** The caller's upload to a task they may work on; refused files leave nothing behind. */
  public Document upload(String taskId, String fileName, String description, long declaredSize, InputStream content) {
    Task task = access.workableTask(taskId);
    if (fileName == null || fileName.isBlank()) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "กรุณาเลือกไฟล์ / no file name");
    }
    if (fileName.length() > MAX_NAME_LENGTH) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST,
          "ชื่อไฟล์ยาวเกิน " + MAX_NAME_LENGTH + " ตัวอักษร / file name longer than " + MAX_NAME_LENGTH + " characters");
    }
    if (description != null && description.length() > 4000) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "คำอธิบายยาวเกินไป / description too long");
    }
    long max = properties.maxSize().toBytes();
    if (declaredSize > max) {
      throw tooLarge();
    }
    byte[] bytes = readAtMost(content, max);
    if (bytes.length == 0) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "ไฟล์ว่างเปล่า / the file is empty");
    }
    String detected = fileTypes.detect(bytes);
    if (!allowed(detected)) {
      throw new DocumentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "ไม่รับไฟล์ชนิดนี้ (" + detected + ") รับเฉพาะ PDF เอกสาร Office/OpenDocument รูปภาพ ข้อความ และ zip"
              + " / file type not accepted: " + detected);
    }
    String contentType = fileTypes.servedType(detected, fileName);
    Document document = attach(task.getId(), task.getProcessInstanceId(), Document.EVIDENCE, fileName,
        description, contentType, bytes, access.caller().getUserId());
    LOG.info("Document {} ({} bytes, {}) attached to task {} by {}", document.id(), bytes.length, contentType, taskId,
        document.createdBy());
    return document;
  }

  /**
   * Attaches a document to a task (or, with no task, to the process instance) without checks: for
   * the process's own documents and for uploads already checked.
   */
  public Document attach(String taskId, String processInstanceId, String kind, String fileName, String description,
      String contentType, byte[] bytes, String createdBy) {
    Attachment attachment = engine.getTaskService().createAttachment(
        Document.typeColumn(contentType, kind, bytes.length, createdBy), taskId, processInstanceId, fileName,
        description, new ByteArrayInputStream(bytes));
    return Document.of(attachment, null);
  }

  /** The process instance's documents, oldest first, for a caller who may see the instance. */
  public List<Document> list(String processInstanceId) {
    access.checkMaySee(processInstanceId);
    String caller = access.caller().getUserId();
    List<Document> found = documentsOf(processInstanceId);
    Set<String> openTasks = access.asEngine(() -> engine.getTaskService().createTaskQuery()
        .processInstanceId(processInstanceId).list()).stream().map(Task::getId).collect(Collectors.toSet());
    Map<String, String> names = new HashMap<>();
    for (String userId : found.stream().map(Document::createdBy).filter(id -> id != null).collect(Collectors.toSet())) {
      org.camunda.bpm.engine.identity.User user = access.asEngine(() ->
          engine.getIdentityService().createUserQuery().userId(userId).singleResult());
      names.put(userId, user == null ? userId : People.displayName(user));
    }
    return found.stream().map(d -> d.with(d.step(), names.get(d.createdBy()),
        Document.EVIDENCE.equals(d.kind()) && caller.equals(d.createdBy()) && openTasks.contains(d.taskId())))
        .toList();
  }

  /** The documents of an instance without checks (for the process's own beans). */
  public List<Document> documentsOf(String processInstanceId) {
    List<Attachment> attachments = engine.getTaskService().getProcessInstanceAttachments(processInstanceId);
    Set<String> taskIds = attachments.stream().map(Attachment::getTaskId).filter(id -> id != null)
        .collect(Collectors.toSet());
    Map<String, String> steps = new HashMap<>();
    if (!taskIds.isEmpty()) {
      access.asEngine(() -> engine.getHistoryService().createHistoricTaskInstanceQuery()
          .processInstanceId(processInstanceId).list())
          .stream().filter(t -> taskIds.contains(t.getId()))
          .forEach((HistoricTaskInstance t) -> steps.put(t.getId(), t.getName()));
    }
    return attachments.stream()
        .map(attachment -> Document.of(attachment, steps.get(attachment.getTaskId())))
        .sorted(Comparator.comparing(Document::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Document::id))
        .toList();
  }

  /** A document and its bytes, for a caller who may see its process instance. */
  public Content content(String documentId) {
    Attachment attachment = existing(documentId);
    access.checkMaySee(attachment.getProcessInstanceId());
    try (InputStream in = engine.getTaskService().getAttachmentContent(documentId)) {
      return new Content(Document.of(attachment, null), in == null ? new byte[0] : in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the caller's own upload while its step is still open. */
  public void delete(String documentId) {
    Attachment attachment = existing(documentId);
    Authentication caller = access.caller();
    Document document = Document.of(attachment, null);
    // The uploader knows the file: they hear why it stays (409) even when the process has moved on.
    if (!caller.getUserId().equals(document.createdBy())) {
      access.checkMaySee(attachment.getProcessInstanceId());
    }
    if (!Document.EVIDENCE.equals(document.kind()) || !caller.getUserId().equals(document.createdBy())) {
      throw new DocumentRefusedException(HttpStatus.FORBIDDEN,
          "ลบได้เฉพาะไฟล์ที่ตนเองแนบ / only the person who uploaded a file may remove it");
    }
    boolean open = attachment.getTaskId() != null && access.asEngine(() ->
        engine.getTaskService().createTaskQuery().taskId(attachment.getTaskId()).count() > 0);
    if (!open) {
      throw new DocumentRefusedException(HttpStatus.CONFLICT,
          "ขั้นตอนที่แนบไฟล์นี้เสร็จสิ้นแล้ว ลบไม่ได้ / the step of this file is completed: it is kept");
    }
    engine.getTaskService().deleteTaskAttachment(attachment.getTaskId(), documentId);
    LOG.info("Document {} removed by {}", documentId, caller.getUserId());
  }

  private Attachment existing(String documentId) {
    Attachment attachment = engine.getTaskService().getAttachment(documentId);
    if (attachment == null || attachment.getProcessInstanceId() == null) {
      throw new DocumentRefusedException(HttpStatus.NOT_FOUND, "ไม่พบเอกสารนี้ / no such document");
    }
    return attachment;
  }

  private DocumentRefusedException tooLarge() {
    return new DocumentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
        "ไฟล์ใหญ่เกิน " + properties.maxSize().toMegabytes() + " MB / file larger than "
            + properties.maxSize().toMegabytes() + " MB");
  }

  private byte[] readAtMost(InputStream content, long max) {
    try (InputStream in = content) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document's description and bytes. */
  public record Content(Document document, byte[] bytes) {
  }

  /** Whether a detected media type is among {@code me.documents.allowed-types} ({@code type/*} a family). */
  private boolean allowed(String mediaType) {
    for (String allowed : properties.allowedTypes()) {
      if (allowed.endsWith("*") ? mediaType.startsWith(allowed.substring(0, allowed.length() - 1))
          : allowed.equalsIgnoreCase(mediaType)) {
        return true;
      }
    }
    return false;
  }
}
