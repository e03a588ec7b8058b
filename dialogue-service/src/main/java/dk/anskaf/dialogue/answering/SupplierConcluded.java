package dk.anskaf.dialogue.answering;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.anskaf.dialogue.supplier.DialogueEventTopics;
import dk.anskaf.dialogue.supplier.DialogueFacts;
import dk.anskaf.platform.events.DomainEvent;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organisation concluded its part of a dialogue: {@code supplier-finished.v1} ("Afslut besvarelse",
 * {@code reason} null) or {@code supplier-declined.v1} ("Ønsker ikke at svare", with the reason). Both have
 * this one shape (docs/events.md). The supplier acts without a municipality, so the event is sent for the
 * dialogue's owner; {@code type} and {@code owner} are not in the JSON (the CloudEvent carries them).
 */
public record SupplierConcluded(
        long dialogueId,
        String title,
        String contactEmail,
        UUID answerSetId,
        UUID organisationId,
        String organisationName,
        @Nullable String reason,
        @JsonIgnore String type,
        @JsonIgnore TenantId owner)
        implements DomainEvent {

    static SupplierConcluded finished(AnswerSet set, DialogueFacts dialogue, String organisationName) {
        return of(set, dialogue, organisationName, null, DialogueEventTopics.SUPPLIER_FINISHED);
    }

    static SupplierConcluded declined(AnswerSet set, DialogueFacts dialogue, String organisationName) {
        return of(set, dialogue, organisationName, set.declineReason(), DialogueEventTopics.SUPPLIER_DECLINED);
    }

    private static SupplierConcluded of(
            AnswerSet set, DialogueFacts dialogue, String organisationName, @Nullable String reason, String type) {
        return new SupplierConcluded(
                dialogue.id(),
                dialogue.title(),
                dialogue.contactEmail(),
                set.id(),
                set.organisationId(),
                organisationName,
                reason,
                type,
                dialogue.tenant());
    }

    @Override
    public String topic() {
        return DialogueEventTopics.DIALOGUES;
    }

    @Override
    public String key() {
        return String.valueOf(dialogueId);
    }

    @Override
    public Optional<TenantId> tenant() {
        return Optional.of(owner);
    }
}
