package th.go.obec.me.documents;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Documents kept with the processes ({@code me.documents.*}).
 *
 * @param maxSize      largest file accepted for upload ({@code DOCUMENTS_MAX_SIZE}, default in
 *                     application.yaml: 20MB)
 * @param allowedTypes media types accepted, as judged from the file's content (a type ending in
 *                     {@code /*} accepts the whole family, e.g. {@code image/*})
 * @param garuda       the office's Garuda emblem for the letterhead (PNG or JPEG), a Spring resource
 *                     location such as {@code file:/etc/me-workflow/garuda.png}
 *                     ({@code GARUDA_IMAGE}); empty leaves its place blank
 */
@Validated
@ConfigurationProperties("me.documents")
public record DocumentProperties(
    @NotNull(message = "ต้องเป็นขนาด เช่น 20MB / must be a size such as 20MB") DataSize maxSize,
    @DefaultValue({"application/pdf", "application/zip", "application/x-tika-msoffice", "application/x-tika-ooxml",
        "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.*", "application/vnd.oasis.opendocument.*",
        "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff", "text/plain", "text/csv"})
    @NotEmpty(message = "ต้องมีชนิดไฟล์ที่รับอย่างน้อยหนึ่งชนิด / at least one media type must be allowed")
    List<@NotBlank(message = "ชนิดไฟล์ต้องไม่ว่าง / a media type must not be blank") String> allowedTypes,
    String garuda) {
}
