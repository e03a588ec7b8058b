package dk.anskaf.dialogue.offline;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded answer sheet does (dry run) or did (confirmed), row by row.
 *
 * @param headerRow the row the header was found on (1, or 8 below the IT-system block)
 * @param created rows answering a requirement that had no answer
 * @param changed rows changing an answer
 * @param unchanged rows giving the answer already stored
 * @param skipped rows naming a requirement but giving no answer (they change nothing)
 * @param rejected rows breaking a rule; while any do, nothing can be confirmed
 * @param applied answers saved (0 for a dry run)
 * @param planToken what confirming needs ({@code dryRun=false&token=…}); null after a confirmation and
 *     while rows are rejected
 */
public record AnswerSheetReport(
        boolean dryRun,
        long dialogueId,
        int headerRow,
        int created,
        int changed,
        int unchanged,
        int skipped,
        int rejected,
        int applied,
        @Nullable String planToken,
        List<Row> rows) {

    /** NEW, CHANGED, UNCHANGED, SKIPPED or ERROR. */
    public enum Outcome {
        NEW,
        CHANGED,
        UNCHANGED,
        SKIPPED,
        ERROR
    }

    /**
     * One row of the sheet.
     *
     * @param row the row number as Excel shows it
     * @param kravId as written in the sheet (normalised: "12.0" is "12")
     * @param oldChoice the stored choice (JA … IKKE_RELEVANT) before, null when new or on error
     * @param newChoice the choice after
     * @param column the header of the column at fault (ERROR only), null for the row as a whole
     * @param cell the cell at fault as Excel names it, where known
     * @param reason why the row is refused, in the caller's language (ERROR only)
     */
    public record Row(
            int row,
            @Nullable String kravId,
            Outcome outcome,
            @Nullable String oldChoice,
            @Nullable String newChoice,
            boolean elaborationChanged,
            boolean priceChanged,
            @Nullable String column,
            @Nullable String cell,
            @Nullable String reason) {}
}
