package th.go.obec.me.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
@ConfigurationProperties("me.publish.website")
public record WebsitePublishingProperties(
    String url,
    String user,
    String password,
    @DefaultValue("R3/PT10M") String retryCycle) {
}
