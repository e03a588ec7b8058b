package dk.anskaf.dialogue.questions;

import dk.anskaf.dialogue.supplier.DialogueEventTopics;
import dk.anskaf.platform.events.DomainEvent;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.Optional;

/**
 * What the questions' events share: the dialogue stream, keyed by dialogue id, sent for the dialogue's owner
 * (a supplier who asks has no municipality of its own).
 */
interface QuestionEvent extends DomainEvent {

    long dialogueId();

    TenantId owner();

    @Override
    default String topic() {
        return DialogueEventTopics.DIALOGUES;
    }

    @Override
    default String key() {
        return String.valueOf(dialogueId());
    }

    @Override
    default Optional<TenantId> tenant() {
        return Optional.of(owner());
    }
}
