package dk.anskaf.dialogue.selection;

import dk.anskaf.platform.errors.DomainException;

/** The requirement set's domain errors; slugs of the problem bundle ({@code anskaf/problems}). */
final class SelectionRefused {

    private SelectionRefused() {}

    /** 409 {@code requirements-already-chosen}: the guided flow fills an empty set only (§5.4 step 6). */
    static final class AlreadyChosen extends DomainException {
        AlreadyChosen(long dialogueId) {
            super(Kind.CONFLICT, "requirements-already-chosen", dialogueId);
        }
    }

    /** 409 {@code requirement-in-dialogue}: a catalogue requirement is in a dialogue once. */
    static final class AlreadyInDialogue extends DomainException {
        AlreadyInDialogue(long catalogRequirementId) {
            super(Kind.CONFLICT, "requirement-in-dialogue", catalogRequirementId);
        }
    }

    /** 404: no such requirement in the dialogue, or none the caller may copy from the catalogue. */
    static final class RequirementNotFound extends DomainException {
        RequirementNotFound(long requirementId) {
            super(Kind.NOT_FOUND, "dialogue-requirement-not-found", requirementId);
        }
    }

    /** 400 on {@code field}. */
    static final class Invalid extends DomainException {
        Invalid(String field, String slug) {
            super(field, slug);
        }
    }
}
