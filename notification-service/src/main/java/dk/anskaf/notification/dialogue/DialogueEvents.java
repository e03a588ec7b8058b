package dk.anskaf.notification.dialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The dialogue events this service mails about (contract: docs/events.md, "Market dialogue events"),
 * and what their mails share: Danish time, links into the portal. dialogue-created and
 * dialogue-activated mail nobody (DOMAIN.md §7.1 has no trigger for them), so they have no handler.
 */
final class DialogueEvents {

    static final String TOPIC = "anskaf.dialogue.dialogues";
    static final String SUPPLIER_INVITED = "dk.anskaf.dialogue.supplier-invited.v1";
    static final String DEADLINE_CHANGED = "dk.anskaf.dialogue.dialogue-deadline-changed.v1";
    static final String CANCELLED = "dk.anskaf.dialogue.dialogue-cancelled.v1";
    static final String SUPPLIER_FINISHED = "dk.anskaf.dialogue.supplier-finished.v1";
    static final String SUPPLIER_DECLINED = "dk.anskaf.dialogue.supplier-declined.v1";
    static final String DEADLINE_REACHED = "dk.anskaf.dialogue.dialogue-deadline-reached.v1";
    static final String ALL_ANSWERED = "dk.anskaf.dialogue.dialogue-all-answered.v1";

    /** DOMAIN.md §7.2: {@code {sluttid}} when no deadline is set. */
    static final String NO_DEADLINE = "ikke sat";

    /** {@code {leverandør}} where the event names no organisation (postponement, cancellation). */
    static final String ANY_SUPPLIER = "leverandør";

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DANISH =
            DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da"));

    private DialogueEvents() {}

    /** "15. december 2026 kl. 12.00": events carry UTC instants, mails show Danish time. */
    static String danishTime(@Nullable Instant instant) {
        return instant == null ? NO_DEADLINE : DANISH.format(instant.atZone(DANISH_TIME));
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static boolean hasAddress(@Nullable String address) {
        return address != null && !address.isBlank();
    }
}
