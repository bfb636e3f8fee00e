package th.go.obec.me.documents;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.task.Attachment;

/**
 * A file kept with a process instance: the engine's task attachment, whose {@code type} column
 * carries the media type with our facts as parameters ({@code application/pdf;kind=evidence;
 * size=1234;by=somchai.j}), because the engine's attachment has no column for them.
 *
 * @param kind     {@code evidence} (uploaded), {@code memo}, {@code order} or {@code announcement}
 *                 (written by the process)
 * @param step          name of the task it was attached in, when known
 * @param createdByName the uploader's name, for people reading the list
 * @param removable     whether the caller may remove it now (their own upload, step still open)
 */
public record Document(String id, String name, String contentType, long size, String taskId,
    String processInstanceId, String createdBy, OffsetDateTime createdAt, String kind, String description,
    String step, String createdByName, boolean removable) {

  Document with(String step, String createdByName, boolean removable) {
    return new Document(id, name, contentType, size, taskId, processInstanceId, createdBy, createdAt, kind,
        description, step, createdByName, removable);
  }

  public static final String EVIDENCE = "evidence";
  public static final String MEMO = "memo";
  public static final String ORDER = "order";
  public static final String ANNOUNCEMENT = "announcement";

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  /** The attachment's type column for a document of these facts. */
  static String typeColumn(String contentType, String kind, long size, String createdBy) {
    return contentType + ";kind=" + kind + ";size=" + size + ";by=" + (createdBy == null ? "" : createdBy);
  }

  static Document of(Attachment attachment, String step) {
    Map<String, String> facts = new LinkedHashMap<>();
    String type = attachment.getType() == null ? "application/octet-stream" : attachment.getType();
    String[] parts = type.split(";");
    for (int i = 1; i < parts.length; i++) {
      int equals = parts[i].indexOf('=');
      if (equals > 0) {
        facts.put(parts[i].substring(0, equals).trim(), parts[i].substring(equals + 1).trim());
      }
    }
    long size;
    try {
      size = Long.parseLong(facts.getOrDefault("size", "-1"));
    } catch (NumberFormatException e) {
      size = -1;
    }
    String by = facts.get("by");
    return new Document(attachment.getId(), attachment.getName(), parts[0].trim(), size, attachment.getTaskId(),
        attachment.getProcessInstanceId(), by == null || by.isEmpty() ? null : by,
        attachment.getCreateTime() == null ? null : attachment.getCreateTime().toInstant().atZone(BANGKOK).toOffsetDateTime(),
        facts.getOrDefault("kind", EVIDENCE), attachment.getDescription(), step, null, false);
  }
}
