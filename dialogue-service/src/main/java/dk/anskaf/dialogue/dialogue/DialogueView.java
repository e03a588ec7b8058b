package dk.anskaf.dialogue.dialogue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dialogue as the purchaser's API shows it ({@code DialogueClient.Dialogue}); times in UTC. */
record DialogueView(
        long id,
        String title,
        String description,
        String contactEmail,
        List<Integer> domainIds,
        boolean prioritiesVisible,
        boolean pricesRequested,
        DialogueStatus status,
        String ownerKind,
        String ownerName,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime deadline,
        @Nullable OffsetDateTime activatedAt,
        @Nullable OffsetDateTime closedAt,
        @Nullable String cancelReason,
        int requirementCount,
        int version,
        AnswersVisibility answersVisibility) {

    static DialogueView of(Dialogue dialogue, int requirementCount) {
        Long id = dialogue.id();
        return new DialogueView(
                id == null ? 0 : id,
                dialogue.title(),
                dialogue.description(),
                dialogue.contactEmail(),
                dialogue.domainIds(),
                dialogue.prioritiesVisible(),
                dialogue.pricesRequested(),
                dialogue.status(),
                dialogue.ownerKind(),
                dialogue.ownerName(),
                dialogue.createdAt().atOffset(ZoneOffset.UTC),
                utc(dialogue.deadline()),
                utc(dialogue.activatedAt()),
                utc(dialogue.closedAt()),
                dialogue.cancelReason(),
                requirementCount,
                dialogue.version(),
                dialogue.answersVisibility());
    }

    private static @Nullable OffsetDateTime utc(java.time.@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
