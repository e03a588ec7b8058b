package dk.anskaf.dialogue.export;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The Danish words the files use for stored codes (the files are Danish only, DOMAIN.md §6), and their
 * one time format.
 */
final class Labels {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    /** Metadata A2 and the PDF's Svarfrist, in Danish time (§6.2). */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd - HH:mm");

    private Labels() {}

    /** The supplier's choice (§5.9.3). */
    static String choice(@Nullable String choice) {
        if (choice == null) {
            return "";
        }
        return switch (choice) {
            case "JA" -> "Ja";
            case "JA_TILKOEB" -> "Ja, som et tilkøb";
            case "JA_DELVIST" -> "Ja, delvist";
            case "NEJ" -> "Nej";
            case "IKKE_RELEVANT" -> "Ikke relevant";
            default -> choice;
        };
    }

    /** The purchaser's per-answer status (§5.10); no review yet reads as "Ingen". */
    static String review(@Nullable String status) {
        if (status == null) {
            return "Ingen";
        }
        return switch (status) {
            case "ACCEPTED" -> "Accepteret";
            case "ACCEPTED_WITH_COMMENT" -> "Accepteret med kommentar";
            case "REJECTED" -> "Afvist";
            case "ELABORATION_NEEDED" -> "Uddybelse nødvendig";
            default -> "Ingen";
        };
    }

    /** The catalogue's priority words (§3). */
    static String priority(String priority) {
        return switch (priority) {
            case "OPTIONAL" -> "Option";
            case "NORMAL" -> "Krav";
            case "HIGH" -> "Vigtigt krav";
            case "ABSOLUTE" -> "Mindstekrav";
            default -> priority;
        };
    }

    static String time(@Nullable OffsetDateTime at) {
        return at == null ? "" : STAMP.format(at.atZoneSameInstant(DENMARK));
    }

    static String now() {
        return time(OffsetDateTime.now());
    }
}
