package dk.anskaf.dialogue.export;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A supplier's answer set as the files name it.
 *
 * @param status the answer set's status (FINISHED, ELABORATION_REQUESTED …)
 * @param itSystemUuid the KITOS id of the IT system it offers, null when it chose none
 */
record ExportSupplier(
        UUID answerSetId,
        String organisationName,
        String status,
        @Nullable UUID itSystemUuid,
        @Nullable String itSystemName,
        @Nullable String itSystemSupplier) {

    boolean hasItSystem() {
        return itSystemUuid != null;
    }

    /** "Acadre (Formpipe Software A/S)", as row 2 of besvarelse.xlsx shows it. */
    String itSystemLabel() {
        return itSystemName + " (" + itSystemSupplier + ")";
    }
}
