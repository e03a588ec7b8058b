package dk.anskaf.portal.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Deadlines as purchasers read and type them: Danish local time (Europe/Copenhagen, DOMAIN.md §5.11),
 * while dialogue-service keeps instants. Used from templates as {@code @danishTime}.
 */
@Component("danishTime")
public class DanishTime {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** {@code 15.01.2027 10:00} in Danish time, or a dash for none. */
    public String show(@Nullable OffsetDateTime instant) {
        return instant == null ? "–" : instant.atZoneSameInstant(COPENHAGEN).format(SHOWN);
    }

    /** The date part for a date input ({@code yyyy-MM-dd}), empty for none. */
    public String date(@Nullable OffsetDateTime instant) {
        return instant == null
                ? ""
                : instant.atZoneSameInstant(COPENHAGEN).toLocalDate().toString();
    }

    /** The time part for a time input ({@code HH:mm}), empty for none. */
    public String time(@Nullable OffsetDateTime instant) {
        return instant == null
                ? ""
                : instant.atZoneSameInstant(COPENHAGEN).toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /**
     * The instant a purchaser means by a date ({@code yyyy-MM-dd}) and a time ({@code HH:mm}) in Danish
     * time, with the offset in force that day (+01:00 in winter, +02:00 in summer). A time the clocks skip
     * in spring is read as the same time after the change; of the hour repeated in autumn, the first.
     *
     * @return empty when either part is missing or not a date or time
     */
    static Optional<OffsetDateTime> parse(@Nullable String date, @Nullable String time) {
        if (date == null || time == null || date.isBlank() || time.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip())
                    .atTime(LocalTime.parse(time.strip()))
                    .atZone(COPENHAGEN)
                    .toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
