package dk.anskaf.platform.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the outbox relay ({@code anskaf.outbox.*}).
 *
 * @param pollInterval longest wait for a commit notification before looking anyway
 * @param standbyInterval how often a non-leader instance tries to take over the relay
 * @param batchSize rows sent per round trip
 * @param sendTimeout how long to wait for the broker to acknowledge a record
 * @param retention how long published rows are kept for diagnosis before they are purged
 */
@ConfigurationProperties("anskaf.outbox")
public record OutboxProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("1s") Duration standbyInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("7d") Duration retention) {}
