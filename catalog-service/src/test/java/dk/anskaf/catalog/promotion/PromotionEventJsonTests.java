package dk.anskaf.catalog.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declaring topic, type and key on the event types ({@code DomainEvent}) adds nothing to their data on the
 * wire: the JSON members are the record components, as docs/events.md shows them.
 */
class PromotionEventJsonTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theEventsDataIsTheirRecordComponentsOnly() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-29T10:00:00Z");
        UUID id = UUID.randomUUID();
        List<Record> events = List.of(
                new RequirementPromotionRequested(
                        id,
                        42,
                        "Logning",
                        "Sikkerhed",
                        "Skal",
                        "CROSS_MUNICIPAL",
                        "r",
                        "Rita",
                        "rita@x",
                        "Favrskov",
                        "0710",
                        at),
                new PromotionDecided(id, 42, "Logning", "APPROVE", null, "Bo", "Rita", "rita@x", "0710", at),
                new BoardMeetingScheduled(id, LocalDate.of(2026, 12, 3), List.of()));

        for (Record event : events) {
            JsonNode data = json.valueToTree(event);
            List<String> members = new java.util.ArrayList<>();
            data.propertyNames().forEach(members::add);

            assertThat(members)
                    .as(event.getClass().getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(event.getClass().getRecordComponents())
                                    .map(RecordComponent::getName)
                                    .toList())
                    .doesNotContain("topic", "type", "key", "tenant");
        }
    }
}
