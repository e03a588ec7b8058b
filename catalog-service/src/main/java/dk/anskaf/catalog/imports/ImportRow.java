package dk.anskaf.catalog.imports;

import java.util.List;
import java.util.Map;

/**
 * One data row of a kravbank file, as read: the row number as the user sees it in Excel, and the value of
 * each column the file has, by its Danish header ("Krav id", "Navn", ...). A column the file lacks is
 * absent from {@code values}; an empty cell is present with a null value, so "not in the file" and
 * "emptied" differ.
 */
record ImportRow(int rowNumber, Map<String, String> values) {

    static final String KRAV_ID = "Krav id";
    static final String NAME = "Navn";
    static final String TYPE = "Type";
    static final String DESCRIPTION = "Beskrivelse";
    static final String LOCAL_DESCRIPTION = "Lokal Beskrivelse";
    static final String INTERPRETATION = "Fortolkning";
    static final String STAKEHOLDERS = "Interessenter";
    static final String CATEGORY = "Kategori";
    static final String PRIORITY = "Prioritet";
    static final String RATIONALE = "Rationale";
    static final String NOTES = "Noter";

    /** Every column the import uses, in the export's order; others (Bilag, Sidst ændret, ...) are ignored. */
    static final List<String> COLUMNS = List.of(
            KRAV_ID,
            NAME,
            TYPE,
            DESCRIPTION,
            LOCAL_DESCRIPTION,
            INTERPRETATION,
            STAKEHOLDERS,
            CATEGORY,
            PRIORITY,
            RATIONALE,
            NOTES);

    String get(String column) {
        return values.get(column);
    }

    boolean has(String column) {
        return values.containsKey(column);
    }

    String kravId() {
        return get(KRAV_ID);
    }

    String name() {
        return get(NAME);
    }

    String description() {
        return get(DESCRIPTION);
    }

    String category() {
        return get(CATEGORY);
    }

    String priority() {
        return get(PRIORITY);
    }

    String rationale() {
        return get(RATIONALE);
    }
}
