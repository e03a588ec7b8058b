package dk.anskaf.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param boardAddresses fallback for the board's mail, used only while identity has named no board member
 *     (the board's members come from identity's events); empty by default
 * @param senderAddress envelope and From address of the deployment; the display name is the municipality
 * @param dispatchInterval longest wait between looks for due mail when nothing wakes the dispatcher
 * @param maxAttempts attempts before a transiently failing message is given up as dead
 * @param senders dispatcher threads per instance, each sending batches over its own SMTP connection
 * @param retryBackoff wait before the first retry; doubles per attempt up to 15 minutes, plus jitter
 * @param publicUrl the platform's address as users reach it, for links in mail (never with credentials)
 * @param signInAccessRetries how many times a mail with a sign-in link is put back (with the back-off
 *     above) when identity does not yet know the address, before it is given up as dead: identity learns
 *     of an invitation from the same event as this service, and may simply not have read it yet
 */
@Validated
@ConfigurationProperties("anskaf.notification")
public record NotificationProperties(
        @DefaultValue List<String> boardAddresses,
        @DefaultValue("noreply@anskaf.local") String senderAddress,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("5s") Duration retryBackoff,
        @DefaultValue("4") int senders,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("8") int signInAccessRetries) {}
