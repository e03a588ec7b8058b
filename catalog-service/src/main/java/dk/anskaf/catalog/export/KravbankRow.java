package dk.anskaf.catalog.export;

import java.time.LocalDate;

/** One requirement as the kravbank shows it; values by the Danish column header. */
record KravbankRow(
        long id,
        String name,
        String type,
        String description,
        String localDescription,
        String interpretation,
        String stakeholders,
        String category,
        String priority,
        String rationale,
        String attachments,
        LocalDate lastChanged,
        String notes) {

    Object value(String header) {
        return switch (header) {
            case "Krav id" -> id;
            case "Navn" -> name;
            case "Type" -> type;
            case "Beskrivelse" -> description;
            case "Lokal Beskrivelse" -> localDescription;
            case "Fortolkning" -> interpretation;
            case "Interessenter" -> stakeholders;
            case "Kategori" -> category;
            case "Prioritet" -> priority;
            case "Rationale" -> rationale;
            case "Bilag" -> attachments;
            case "Sidst ændret" -> lastChanged.toString();
            case "Noter" -> notes;
            default -> throw new IllegalArgumentException(header);
        };
    }
}
