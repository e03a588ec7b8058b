package dk.anskaf.dialogue.offline;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded answer sheet says, before any rule of the dialogue is applied.
 *
 * @param headerRow the header's row as Excel numbers it (1, or 8 below the IT-system block)
 * @param lines the rows below the header that have a value, in the sheet's order
 */
record AnswerSheet(int headerRow, List<Line> lines) {

    /** The sheet's columns that answering reads, by their header text. */
    static final String KRAV_ID = "Krav id";

    static final String NAME = "Krav";
    static final String CHOICE = "Leverandørens svar";
    static final String ELABORATION = "Leverandørens uddybelse";
    static final String PRICE = "Pris";

    /**
     * One row: its cells' texts, trimmed, empty as null; or the first cell that cannot be read.
     *
     * @param row the row number as Excel shows it
     */
    record Line(
            int row,
            @Nullable String kravId,
            @Nullable String name,
            @Nullable String choice,
            @Nullable String elaboration,
            @Nullable String price,
            @Nullable Problem problem) {

        /** The row gives no answer: no choice, no elaboration, no price. */
        boolean answerBlank() {
            return choice == null && elaboration == null && price == null;
        }
    }

    /**
     * Why a row cannot be used, as a slug of {@code anskaf/problems} with its arguments.
     *
     * @param column the header text of the column at fault, null for the row as a whole
     * @param cell the cell as Excel names it (e.g. "I12"), null for the row as a whole
     */
    record Problem(@Nullable String column, @Nullable String cell, String slug, Object... args) {}
}
