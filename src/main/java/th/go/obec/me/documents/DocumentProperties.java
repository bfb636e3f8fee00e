package th.go.obec.me.documents;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Documents kept with the processes ({@code me.documents.*}).
 *
 * @param maxSize      largest file accepted for upload ({@code DOCUMENTS_MAX_SIZE}, 20MB)
 * @param allowedTypes media types accepted, as judged from the file's content (a type ending in
 *                     {@code /*} accepts the whole family, e.g. {@code image/*})
 * @param garuda       the office's Garuda emblem for the letterhead (PNG or JPEG), a Spring resource
 *                     location such as {@code file:/etc/me-workflow/garuda.png}
 *                     ({@code GARUDA_IMAGE}); empty leaves its place blank
 */
@ConfigurationProperties("me.documents")
public record DocumentProperties(
    @DefaultValue("20MB") DataSize maxSize,
    @DefaultValue({"application/pdf", "application/zip", "application/x-tika-msoffice", "application/x-tika-ooxml",
        "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.*", "application/vnd.oasis.opendocument.*",
        "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff", "text/plain", "text/csv"})
    List<String> allowedTypes,
    String garuda) {

  /** Whether a detected media type is among the allowed ones. */
  public boolean allows(String mediaType) {
    for (String allowed : allowedTypes) {
      if (allowed.endsWith("*") ? mediaType.startsWith(allowed.substring(0, allowed.length() - 1))
          : allowed.equalsIgnoreCase(mediaType)) {
        return true;
      }
    }
    return false;
  }
}
