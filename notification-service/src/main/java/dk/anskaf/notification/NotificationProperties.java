package dk.anskaf.notification;

import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param boardAddresses the editorial board's addresses (from identity once board membership lives there)
 * @param senderAddress envelope and From address of the deployment; the display name is the municipality
 * @param dispatchInterval longest wait between looks for due mail when nothing wakes the dispatcher
 * @param maxAttempts attempts before a transiently failing message is given up as dead
 */
@Validated
@ConfigurationProperties("anskaf.notification")
public record NotificationProperties(
        @NotEmpty List<String> boardAddresses,
        @DefaultValue("noreply@anskaf.local") String senderAddress,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("10") int maxAttempts) {}
