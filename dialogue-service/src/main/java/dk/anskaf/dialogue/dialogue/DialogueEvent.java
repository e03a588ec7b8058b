package dk.anskaf.dialogue.dialogue;

import dk.anskaf.platform.events.DomainEvent;

/**
 * An event of a dialogue's life on {@code anskaf.dialogue.dialogues} (docs/events.md), keyed by the dialogue
 * id so one dialogue's events stay in order. Sent for the acting municipality, which owns the dialogue (the
 * deadline job acts as the owner too).
 */
public interface DialogueEvent extends DomainEvent {

    long dialogueId();

    @Override
    default String topic() {
        return DialogueTopics.DIALOGUES;
    }

    @Override
    default String key() {
        return String.valueOf(dialogueId());
    }
}
