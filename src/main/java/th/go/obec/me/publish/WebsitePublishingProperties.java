package th.go.obec.me.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * The office website's publishing endpoint ({@code me.publish.website.*}); publishing is automatic
 * only when {@code url} is set.
 *
 * @param url        endpoint that takes a JSON POST and answers with the published page's address
 *                   ({@code WEBSITE_PUBLISH_URL})
 * @param user       basic-auth user, empty for none ({@code WEBSITE_PUBLISH_USER})
 * @param password   basic-auth password ({@code WEBSITE_PUBLISH_PASSWORD})
 * @param retryCycle how a failed call is retried before it becomes an incident (ISO 8601 repeat)
 */
@Validated
@ConfigurationProperties("me.publish.website")
public record WebsitePublishingProperties(
    String url,
    String user,
    String password,
    @NotBlank(message = "ต้องระบุรอบการลองใหม่ เช่น R3/PT10M (WEBSITE_PUBLISH_RETRY_CYCLE) / must be a retry cycle such as R3/PT10M")
    String retryCycle) {
}
