package dk.anskaf.dialogue.export;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The dialogue's facts an export shows (the PDF's header) and the switches that decide its columns. */
record ExportDialogue(
        long id,
        String title,
        String description,
        String contactEmail,
        @Nullable OffsetDateTime deadline,
        List<Integer> domainIds,
        boolean prioritiesVisible,
        boolean pricesRequested) {}
