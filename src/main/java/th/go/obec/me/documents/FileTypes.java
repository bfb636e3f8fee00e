package th.go.obec.me.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * What a file is, judged by its bytes (Tika's magic numbers), never by its name: a program
 * renamed to report.pdf is still a program. Office and OpenDocument files are zip containers,
 * which tika-core alone sees as zip; only then does the name's extension pick the precise Office
 * type, for the browser that opens the download.
 */
@Component
public class FileTypes {

  private static final Map<String, String> ZIP_FAMILY = Map.of(
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "odt", "application/vnd.oasis.opendocument.text",
      "ods", "application/vnd.oasis.opendocument.spreadsheet",
      "odp", "application/vnd.oasis.opendocument.presentation");

  private final Tika tika = new Tika();

  /** The media type of the content, e.g. application/pdf, image/png, application/x-msdownload. */
  public String detect(byte[] content) {
    try {
      return tika.detect(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The type to store and serve: the detected one, made precise for Office/OpenDocument zips. */
  public String servedType(String detected, String fileName) {
    if (("application/zip".equals(detected) || "application/x-tika-ooxml".equals(detected)) && fileName != null) {
      int dot = fileName.lastIndexOf('.');
      String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
      return ZIP_FAMILY.getOrDefault(extension, detected);
    }
    return detected;
  }
}
