package dk.anskaf.dialogue.export;

import org.jspecify.annotations.Nullable;

/**
 * A supplier's answer to one requirement with the purchaser's review of it.
 *
 * @param choice JA, JA_TILKOEB, JA_DELVIST, NEJ or IKKE_RELEVANT; null when not answered
 * @param reviewStatus NONE … ELABORATION_NEEDED; null when the purchaser has not reviewed it
 */
record ExportAnswer(
        @Nullable String choice,
        @Nullable String elaboration,
        @Nullable String price,
        @Nullable String reviewStatus,
        @Nullable String reviewComment) {

    static final ExportAnswer NONE = new ExportAnswer(null, null, null, null, null);
}
