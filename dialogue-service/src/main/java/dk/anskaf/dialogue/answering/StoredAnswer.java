package dk.anskaf.dialogue.answering;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An answer as stored and returned.
 *
 * @param choice JA, JA_TILKOEB, JA_DELVIST, NEJ or IKKE_RELEVANT
 * @param autoAnswered set by the operating model, not by a person
 * @param copiedFromDialogueId the dialogue it was copied from, if it was
 * @param copiedTextChanged copied, and the requirement's text there differed from this dialogue's
 */
public record StoredAnswer(
        long requirementId,
        String choice,
        @Nullable String elaboration,
        @Nullable String price,
        boolean autoAnswered,
        @Nullable Long copiedFromDialogueId,
        boolean copiedTextChanged,
        OffsetDateTime updatedAt) {}
