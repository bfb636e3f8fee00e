package th.go.obec.me.documents;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;

/**
 * The office's Garuda emblem for letterheads ({@code me.documents.garuda}): the office provides
 * the image; none is bundled, and without one its place on the page stays empty.
 */
@Component
public class GarudaImage {

  private static final Logger LOG = LoggerFactory.getLogger(GarudaImage.class);

  private final byte[] bytes;

  public GarudaImage(DocumentProperties properties, ResourceLoader resources) {
    this.bytes = read(properties.garuda(), resources);
  }

  /** The emblem scaled to a height in points, or null when none is configured. */
  public Image image(float height) {
    if (bytes == null) {
      return null;
    }
    try {
      Image image = Image.getInstance(bytes);
      image.scaleAbsolute(image.getWidth() * height / image.getHeight(), height);
      return image;
    } catch (BadElementException | IOException e) {
      throw new IllegalStateException("The Garuda image (me.documents.garuda) is not a PNG or JPEG image", e);
    }
  }

  /** The raw image (PNG or JPEG), or null. */
  public byte[] bytes() {
    return bytes;
  }

  private static byte[] read(String location, ResourceLoader resources) {
    if (location == null || location.isBlank()) {
      return null;
    }
    Resource resource = resources.getResource(location);
    try (InputStream in = resource.getInputStream()) {
      LOG.info("Garuda emblem for letterheads: {}", resource.getDescription());
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the Garuda image " + location + " (GARUDA_IMAGE)", e);
    }
  }
}
