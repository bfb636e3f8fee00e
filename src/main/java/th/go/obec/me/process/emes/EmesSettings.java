package th.go.obec.me.process.emes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What changes from year to year in E-MES ({@code me.emes.*}): OBEC moves the system to a new
 * address most years (eva65 was the 2565 one), so the submission step reads it from here.
 */
@Component("emesSettings")
@ConfigurationProperties("me.emes")
public class EmesSettings {

  private String url = "http://eva65.learningobec.com/login.php";

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
