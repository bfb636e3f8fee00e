package th.go.obec.me.process.emesreport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * What changes from year to year in E-MES ({@code me.emes.*}): OBEC moves the system to a new
 * address most years (eva65 was the 2565 one), so the submission step reads it from here.
 *
 * @param url E-MES's address, shown as a link on the submission form
 */
@Validated
@ConfigurationProperties("me.emes")
public record EmesSettings(
    @DefaultValue("http://eva65.learningobec.com/login.php") @NotBlank @Pattern(regexp = "https?://\\S+") String url) {
}
