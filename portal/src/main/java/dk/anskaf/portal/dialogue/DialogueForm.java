package dk.anskaf.portal.dialogue;

import dk.anskaf.dialogue.client.DialogueClient;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What "Ny markedsdialog" and "Ret oplysninger" post (DOMAIN.md §5.1, §5.3), kept as typed when
 * dialogue-service refuses it. Unchecked boxes are not sent by browsers, so absent means off.
 * {@code version} is the version a change started from (for {@code If-Match}); null for a new dialogue.
 * {@code answersVisibility} is ON_FINISH or AFTER_DEADLINE (issue #15, part "review"; frozen at activation).
 */
public record DialogueForm(
        @Nullable String title,
        @Nullable String description,
        @Nullable String contactEmail,
        @Nullable List<Integer> domainIds,
        @Nullable Boolean prioritiesVisible,
        @Nullable Boolean pricesRequested,
        @Nullable Integer version,
        @Nullable String answersVisibility) {

    /** The error summary's order: the order of the fields on the form. */
    static final List<String> FIELDS = List.of(
            "title",
            "description",
            "contactEmail",
            "domainIds",
            "prioritiesVisible",
            "pricesRequested",
            "answersVisibility");

    /** Priorities are visible by default (§5.1); prices are asked for only when the purchaser says so. */
    static DialogueForm empty(@Nullable String contactEmail) {
        return new DialogueForm(
                "", "", contactEmail == null ? "" : contactEmail, List.of(), true, false, null, "ON_FINISH");
    }

    static DialogueForm of(DialogueClient.Dialogue dialogue) {
        return new DialogueForm(
                dialogue.title(),
                dialogue.description(),
                dialogue.contactEmail(),
                dialogue.domainIds(),
                dialogue.prioritiesVisible(),
                dialogue.pricesRequested(),
                dialogue.version(),
                dialogue.answersVisibility());
    }

    /**
     * Once active only the contact e-mail may change (§5.2): the frozen fields are sent as the dialogue
     * has them, whatever the form held.
     */
    DialogueForm onlyContactEmail(DialogueClient.Dialogue current) {
        DialogueForm frozen = of(current);
        return new DialogueForm(
                frozen.title,
                frozen.description,
                contactEmail,
                frozen.domainIds,
                frozen.prioritiesVisible,
                frozen.pricesRequested,
                version,
                frozen.answersVisibility);
    }

    public boolean hasDomain(int id) {
        return domainIds != null && domainIds.contains(id);
    }

    DialogueClient.DialogueDraft toDraft() {
        return new DialogueClient.DialogueDraft(
                title,
                description,
                contactEmail,
                domainIds == null ? List.of() : domainIds,
                Boolean.TRUE.equals(prioritiesVisible),
                Boolean.TRUE.equals(pricesRequested),
                null,
                answersVisibility == null || answersVisibility.isBlank() ? null : answersVisibility);
    }
}
