package dk.anskaf.catalog.imports;

import dk.anskaf.catalog.requirement.Priority;
import dk.anskaf.platform.text.ControlCharacters;
import java.util.Map;
import java.util.Optional;

/**
 * What a row must satisfy before anything reaches the database, with the reason a user reads in the
 * report. Mirrors the table's constraints (V1, V2, V4) so that no row can fail there and abort the
 * others: the dry run then predicts the import exactly.
 */
final class RowChecks {

    /** Longest text per column, as the database allows it. */
    private static final Map<String, Integer> MAX_LENGTH = Map.of(
            ImportRow.NAME, 255,
            ImportRow.DESCRIPTION, 20000,
            ImportRow.LOCAL_DESCRIPTION, 20000,
            ImportRow.INTERPRETATION, 20000,
            ImportRow.STAKEHOLDERS, 255,
            ImportRow.RATIONALE, 20000,
            ImportRow.NOTES, 20000);

    private RowChecks() {}

    /** Control characters and lengths, in every column the row has. */
    static Optional<String> text(ImportRow row) {
        for (String column : ImportRow.COLUMNS) {
            String value = row.get(column);
            if (value == null) {
                continue;
            }
            if (!ControlCharacters.isClean(value)) {
                return Optional.of("Kolonnen \"" + column + "\" " + ControlCharacters.describe(value)
                        + "; kun tabulator og linjeskift er tilladt");
            }
            Integer max = MAX_LENGTH.get(column);
            if (max != null && value.length() > max) {
                return Optional.of("Kolonnen \"" + column + "\" er længere end " + max + " tegn");
            }
        }
        return Optional.empty();
    }

    static Optional<String> kravId(ImportRow row) {
        if (row.kravId() == null || !row.kravId().matches("\\d{1,12}")) {
            return Optional.of("Krav id mangler eller er ikke et heltal: " + shown(row.kravId()));
        }
        return Optional.empty();
    }

    /** The fields a requirement of the importer's own needs. */
    static Optional<String> ownRequirement(ImportRow row, CategoryNames categories) {
        if (row.name() == null) {
            return Optional.of("Navn mangler");
        }
        if (row.description() == null) {
            return Optional.of("Beskrivelse mangler");
        }
        if (categories.find(row.category()).isEmpty()) {
            return Optional.of("Ukendt kategori: " + shown(row.category()));
        }
        if (priority(row.priority()).isEmpty()) {
            return Optional.of("Ukendt prioritet: " + shown(row.priority()));
        }
        return Optional.empty();
    }

    static Optional<Priority> priority(String label) {
        if (label == null) {
            return Optional.empty();
        }
        for (Priority priority : Priority.values()) {
            if (priority.label().equalsIgnoreCase(label) || priority.name().equalsIgnoreCase(label)) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }

    /** A missing value is named as such, never as "null". */
    static String shown(String value) {
        return value == null ? "(tom)" : value;
    }
}
