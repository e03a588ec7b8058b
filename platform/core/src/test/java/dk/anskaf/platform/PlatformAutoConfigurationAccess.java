package dk.anskaf.platform;

import dk.anskaf.platform.events.OutboxProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaTemplate;

/** Lets tests build a second relay exactly as the auto-configuration builds the first. */
public final class PlatformAutoConfigurationAccess {

    private PlatformAutoConfigurationAccess() {}

    public static KafkaTemplate<String, String> relayTemplate(
            KafkaProperties kafka, KafkaConnectionDetails connection, OutboxProperties outbox) {
        return PlatformAutoConfiguration.relayTemplate(kafka, connection, outbox);
    }
}
