package dk.anskaf.dialogue.integration;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The shapes of the read API (docs/api.md "Read API for municipalities"); records, read only. */
final class ReadApiViews {

    private ReadApiViews() {}

    @Schema(description = "One dialogue in the list")
    record DialogueSummary(
            long id,
            String title,

            @Schema(description = "DRAFT, ACTIVE, ANSWERED, ARCHIVED or CANCELLED")
            String status,

            @Schema(description = "When the dialogue was activated (sent to suppliers); null for a draft") @Nullable
            OffsetDateTime start,

            @Schema(description = "The deadline (svarfrist); null for a draft without one") @Nullable
            OffsetDateTime end) {}

    @Schema(description = "A page of the municipality's dialogues, newest first")
    record DialoguePage(
            List<DialogueSummary> items,
            @Schema(description = "0-based page number") int page,
            int size,

            @Schema(description = "How many dialogues there are in all")
            long total) {}

    @Schema(description = "One dialogue")
    record DialogueDetail(
            long id,
            String title,
            String description,

            @Schema(description = "DRAFT, ACTIVE, ANSWERED, ARCHIVED or CANCELLED")
            String status,

            @Schema(description = "The dialogue's contact e-mail (Kontakt email)")
            String contactEmail,

            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end) {}

    @Schema(description = "A requirement of the dialogue, as the suppliers read it")
    record Requirement(
            @Schema(
                    description = "The requirement's id in this API: the kravbank id for a catalogue"
                            + " requirement (\"1234\"), F and the number for a free-text one (\"F1\")."
                            + " The incumbent used 0 for every free-text requirement.",
                    example = "F1")
            String id,

            @Schema(description = "The kravbank id; null for a free-text requirement") @Nullable
            Long catalogueRequirementId,

            @Schema(description = "The free-text requirement's number; null for a catalogue one") @Nullable
            Integer freeTextNumber,

            String name,

            @Schema(description = "The text with this dialogue's parameter values, then the local description")
            String description,

            @Schema(description = "OPTIONAL, NORMAL, HIGH or ABSOLUTE (Mindstekrav)")
            String priority) {}

    @Schema(description = "The chosen supplier (Vælg leverandør) and its answers")
    record ChosenSupplier(
            UUID answerSetId,
            String organisationName,
            @Schema(description = "8 digits") String cvr,

            @Schema(description = "The IT system the supplier answered with; null when none") @Nullable
            ItSystem itSystem,

            @Nullable OffsetDateTime chosenAt,
            List<Answer> answers) {}

    record ItSystem(
            @Nullable UUID uuid, String name, @Nullable String supplier) {}

    @Schema(description = "One answer of the chosen supplier")
    record Answer(
            @Schema(description = "The requirement's id in this API (see Requirement.id)")
            String requirementId,

            @Schema(description = "JA, JA_TILKOEB, JA_DELVIST, NEJ or IKKE_RELEVANT")
            String choice,

            @Nullable String elaboration,
            @Nullable String price) {}
}
