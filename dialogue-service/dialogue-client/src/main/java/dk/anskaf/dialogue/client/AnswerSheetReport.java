package dk.anskaf.dialogue.client;

import java.util.List;

/**
 * What an uploaded answer sheet does (dry run) or did (confirmed), row by row ({@code POST
 * /api/v1/supplier/dialogues/{id}/answer-sheet}).
 *
 * @param headerRow the row the header was found on (1, or 8 below the IT-system block)
 * @param rejected rows breaking a rule; while any do, nothing can be confirmed
 * @param applied answers saved (0 for a dry run)
 * @param planToken what confirming needs; null after a confirmation and while rows are rejected
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
        String planToken,
        List<Row> rows) {

    /**
     * One row of the sheet.
     *
     * @param row the row number as Excel shows it
     * @param outcome NEW, CHANGED, UNCHANGED, SKIPPED or ERROR
     * @param oldChoice the stored choice before (JA … IKKE_RELEVANT), null when new or on error
     * @param column the header of the column at fault (ERROR only), null for the row as a whole
     * @param reason why the row is refused, in the caller's language (ERROR only)
     */
    public record Row(
            int row,
            String kravId,
            String outcome,
            String oldChoice,
            String newChoice,
            boolean elaborationChanged,
            boolean priceChanged,
            String column,
            String cell,
            String reason) {}
}
