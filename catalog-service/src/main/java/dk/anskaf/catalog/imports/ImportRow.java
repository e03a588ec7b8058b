package dk.anskaf.catalog.imports;

/** One data row of a kravbank file, as read (row number as the user sees it in Excel). */
record ImportRow(
        int rowNumber,
        String kravId,
        String name,
        String description,
        String category,
        String priority,
        String rationale) {}
