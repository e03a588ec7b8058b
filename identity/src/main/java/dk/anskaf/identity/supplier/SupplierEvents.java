package dk.anskaf.identity.supplier;

import org.apache.kafka.clients.admin.NewTopic;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The supplier sign-in event identity publishes, and dialogue-service's events it consumes (docs/events.md). */
@Configuration(proxyBeanMethods = false)
public class SupplierEvents {

    public static final String SIGN_IN = "anskaf.identity.supplier-sign-in";
    public static final String SIGN_IN_REQUESTED = "dk.anskaf.identity.supplier-sign-in-requested.v1";

    static final String DIALOGUES = "anskaf.dialogue.dialogues";
    static final String SUPPLIER_INVITED = "dk.anskaf.dialogue.supplier-invited.v1";
    static final String DEADLINE_CHANGED = "dk.anskaf.dialogue.dialogue-deadline-changed.v1";
    static final String DIALOGUE_CANCELLED = "dk.anskaf.dialogue.dialogue-cancelled.v1";

    /**
     * An invited supplier contact asked for a fresh sign-in link ("Jeg er leverandør"); notification-service
     * mails it, with the link issued at sending time. Tenant {@code operator}; key the lower-cased address.
     *
     * @param dialogueId the dialogue of the address's latest valid access (the link's target)
     */
    public record SupplierSignInRequested(
            String email, String organisationName, @Nullable Long dialogueId) {}

    @Bean
    NewTopic supplierSignInTopic() {
        return TopicBuilder.name(SIGN_IN).partitions(3).build();
    }
}
