package dk.anskaf.dialogue.selection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A requirement as the dialogue holds it ({@code DialogueClient.DialogueRequirement}): {@code kravId} is the
 * catalogue's id or F1, F2 … for free text; {@code descriptionRendered} the text as suppliers read it.
 */
record DialogueRequirementView(
        long id,
        String kravId,
        @Nullable Long catalogRequirementId,
        int position,
        String name,
        String description,
        String descriptionRendered,
        @Nullable String localDescription,
        @Nullable String rationale,
        boolean elaborationRequired,
        String category,
        @Nullable String subCategory,
        String priority,
        List<ParameterValue> parameters,
        List<String> reasons) {}
