package dk.anskaf.dialogue.offline;

import dk.anskaf.dialogue.answering.SheetAnswering;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offline answering's application service: each use case reads the organisation's answer set as of now,
 * plans the already-read sheet against it, and (confirming) applies the plan through answering's own
 * {@link SheetAnswering#answer}, one call per changed row, in this one transaction: a refusal of any row
 * rolls back every row before it.
 */
@Service
class OfflineAnswering {

    private final SheetAnswering answering;

    OfflineAnswering(SheetAnswering answering) {
        this.answering = answering;
    }

    /** Refuses, before a file is read, a dialogue the organisation may not answer now (404, 409). */
    @Transactional(readOnly = true)
    void requireWritable(long dialogueId, UUID organisation) {
        answering.writable(dialogueId, organisation, false);
    }

    /** What the sheet would do; changes nothing. */
    @Transactional(readOnly = true)
    AnswerSheetReport dryRun(long dialogueId, UUID organisation, AnswerSheet sheet, Locale locale) {
        SheetAnswering.WritableSet set = answering.writable(dialogueId, organisation, false);
        return AnswerSheetPlan.of(set, sheet, answering, locale).report(true, dialogueId, sheet.headerRow(), 0);
    }

    /**
     * Applies exactly the plan of a dry run, or nothing.
     *
     * @throws AnswerSheetRefused.RowsInvalid when rows break a rule
     * @throws AnswerSheetRefused.Changed when the plan is no longer {@code token}
     */
    @Transactional
    AnswerSheetReport confirm(
            long dialogueId, UUID organisation, AnswerSheet sheet, String token, String by, Locale locale) {
        SheetAnswering.WritableSet set = answering.writable(dialogueId, organisation, true);
        AnswerSheetPlan plan = AnswerSheetPlan.of(set, sheet, answering, locale);
        if (plan.rejected() > 0) {
            throw new AnswerSheetRefused.RowsInvalid(plan.rejected(), plan.rejectedRows());
        }
        if (!plan.token().equals(token)) {
            throw new AnswerSheetRefused.Changed();
        }
        for (AnswerSheetPlan.Change change : plan.changes()) {
            answering.answer(dialogueId, change.requirementId(), change.input(), organisation, by);
        }
        return plan.report(false, dialogueId, sheet.headerRow(), plan.changes().size());
    }
}
