package dk.anskaf.dialogue.export;

import org.jspecify.annotations.Nullable;

/**
 * One requirement of the dialogue as the files show it.
 *
 * @param kravId the catalogue's number, or "F1", "F2" … for a free-text requirement (our distinct ids; the
 *     incumbent writes 0 for every one of them, DOMAIN.md §5.6)
 * @param catalogId the catalogue's number, null for a free-text requirement
 * @param text the description with this dialogue's parameter values filled in and the local description
 * @param priority OPTIONAL, NORMAL, HIGH or ABSOLUTE
 * @param interpretation the municipality's Fortolkning, null when there is none
 */
record ExportRequirement(
        long id,
        String kravId,
        @Nullable Long catalogId,
        String name,
        String text,
        @Nullable String rationale,
        String category,
        String priority,
        @Nullable String interpretation) {}
