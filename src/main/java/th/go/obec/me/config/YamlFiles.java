package th.go.obec.me.config;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The one reader of the YAML files an administrator writes (the organization file, the extra
 * holidays). They are read while beans are built, before Spring's JSON {@code ObjectMapper} is of
 * use to a file format, hence a shared mapper of its own. Strict: an unknown key is a typing
 * mistake to report, not one to skip.
 */
public final class YamlFiles {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private YamlFiles() {
  }

  public static <T> T read(InputStream in, Class<T> type) throws IOException {
    return YAML.readValue(in, type);
  }

  public static JsonNode readTree(InputStream in) throws IOException {
    return YAML.readTree(in);
  }
}
