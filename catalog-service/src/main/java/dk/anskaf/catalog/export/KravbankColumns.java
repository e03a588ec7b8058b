package dk.anskaf.catalog.export;

import java.util.List;
import java.util.stream.Stream;

/**
 * The column layouts of "Download kravbank" (anonymous, logged in, editor), exactly as municipalities'
 * existing spreadsheets expect them: header texts and order per audience.
 */
enum KravbankColumns {
    ANONYMOUS(List.of(
            "Krav id", "Navn", "Type", "Beskrivelse", "Kategori", "Prioritet", "Rationale", "Bilag", "Sidst ændret")),
    LOGGED_IN(List.of(
            "Krav id",
            "Navn",
            "Type",
            "Beskrivelse",
            "Lokal Beskrivelse",
            "Fortolkning",
            "Interessenter",
            "Kategori",
            "Prioritet",
            "Rationale",
            "Bilag",
            "Sidst ændret")),
    /** The logged-in columns plus the editors' working notes. */
    EDITOR(Stream.concat(LOGGED_IN.headers.stream(), Stream.of("Noter")).toList());

    private final List<String> headers;

    KravbankColumns(List<String> headers) {
        this.headers = headers;
    }

    List<String> headers() {
        return headers;
    }

    /** The row's cells in this layout's order. */
    List<Object> cells(KravbankRow row) {
        return headers.stream().map(row::value).toList();
    }
}
