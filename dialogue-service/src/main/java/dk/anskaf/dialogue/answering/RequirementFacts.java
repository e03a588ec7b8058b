package dk.anskaf.dialogue.answering;

import org.jspecify.annotations.Nullable;

/**
 * What answering needs of one of the dialogue's requirements.
 *
 * @param catalogRequirementId null for a free-text requirement (never a copy target)
 * @param text the text as suppliers read it (parameters filled), compared when answers are copied
 */
record RequirementFacts(
        long id,
        @Nullable Long catalogRequirementId,
        String text,
        boolean elaborationRequired,
        boolean saas,
        boolean onPremise) {}
