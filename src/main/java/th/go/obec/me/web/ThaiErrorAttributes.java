package th.go.obec.me.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The body Spring Boot answers when no controller of ours does (a path of {@code /api} that does
 * not exist, a method a path does not take): the same {@code type} and "ไทย / English"
 * {@code message} as every other refusal, instead of Spring's English-only fields.
 */
@Component
public class ThaiErrorAttributes extends DefaultErrorAttributes {

  private static final Map<Integer, String> THAI = Map.of(
      400, "คำขอไม่ถูกต้อง",
      401, "กรุณาเข้าสู่ระบบ",
      403, "ไม่มีสิทธิ์ทำรายการนี้",
      404, "ไม่พบที่อยู่นี้",
      405, "ที่อยู่นี้ไม่รับวิธีเรียกนี้",
      413, "คำขอมีขนาดเกินกำหนด",
      415, "ไม่รองรับชนิดข้อมูลที่ส่งมา");

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    if (attributes.get("status") instanceof Integer status && status < 500) {
      HttpStatus known = HttpStatus.resolve(status);
      String english = known == null ? "HTTP " + status : known.getReasonPhrase();
      attributes.put("type", known == null ? "HTTP " + status : known.name());
      attributes.put("message", THAI.getOrDefault(status, "คำขอไม่สำเร็จ") + " / " + english
          + (attributes.get("path") == null ? "" : ": " + attributes.get("path")));
    }
    return attributes;
  }
}
