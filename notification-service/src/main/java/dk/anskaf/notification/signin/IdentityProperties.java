package dk.anskaf.notification.signin;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this service reaches identity for sign-in links: identity's internal address, and this service's
 * machine client there (client credentials, scope {@code supplier-links}; identity accepts the call only
 * from that client).
 *
 * @param url identity's address inside the platform, e.g. {@code http://identity:9000}
 * @param clientId the machine client identity registers for this service
 * @param clientSecret its secret ({@code ANSKAF_NOTIFICATION_CLIENT_SECRET}); without it no link is
 *     issued, so mails with sign-in links wait in the queue
 * @param connectTimeout longest wait for a connection to identity
 * @param readTimeout longest wait for identity's answer (token or link)
 */
@Validated
@ConfigurationProperties("anskaf.notification.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:9000") @NotBlank String url,
        @DefaultValue("anskaf-notification") @NotBlank String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {}
