package dk.anskaf.dialogue.answering;

import dk.anskaf.dialogue.supplier.DialogueFacts;
import dk.anskaf.dialogue.supplier.DialogueFactsReader;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answering as an answer sheet filled in offline needs it (dk.anskaf.dialogue.offline): the set's state
 * with the requirements and answers so far, the online answer rules for one row, and saving one answer.
 * Nothing here decides a rule of its own: {@link AnswerSet#requireWritable}, {@link AnswerRules} and
 * {@link Answering#answer} do, so a sheet can never store what the answer page could not. Every method
 * runs in the caller's transaction, under its row-level security.
 */
@Component
public class SheetAnswering {

    private final AnswerSets sets;
    private final DialogueFactsReader dialogues;
    private final SupplierQueries queries;
    private final Answering answering;

    SheetAnswering(AnswerSets sets, DialogueFactsReader dialogues, SupplierQueries queries, Answering answering) {
        this.sets = sets;
        this.dialogues = dialogues;
        this.queries = queries;
        this.answering = answering;
    }

    /**
     * The organisation's set as of now, if it may be written.
     *
     * @param lock hold the set's row lock until the transaction ends (confirming a plan), so no answer can
     *     come between checking the plan and applying it
     * @throws dk.anskaf.platform.errors.DomainException 404 {@code supplier-dialogue-not-found} when not
     *     invited; 409 {@code answers-finished}, {@code answers-declined}, {@code answers-dialogue-not-open}
     *     or {@code answers-deadline-passed} as online
     */
    public WritableSet writable(long dialogueId, UUID organisation, boolean lock) {
        AnswerSet set = (lock
                        ? sets.findLockedByDialogueIdAndOrganisationId(dialogueId, organisation)
                        : sets.findByDialogueIdAndOrganisationId(dialogueId, organisation))
                .orElseThrow(() -> new AnsweringRefused.DialogueNotFound(dialogueId));
        DialogueFacts dialogue =
                dialogues.find(dialogueId).orElseThrow(() -> new AnsweringRefused.DialogueNotFound(dialogueId));
        set.requireWritable(dialogue);
        List<Requirement> requirements = queries
                .requirements(dialogueId, organisation)
                .orElseThrow(() -> new AnsweringRefused.DialogueNotFound(dialogueId))
                .stream()
                .map(r -> new Requirement(r.requirementId(), r.kravId(), r.name(), r.elaborationRequired(), r.answer()))
                .toList();
        return new WritableSet(dialogueId, set.id(), set.version(), dialogue.pricesRequested(), requirements);
    }

    /**
     * The online rules of one answer ({@link AnswerRules}), normalised as it would be stored.
     *
     * @throws dk.anskaf.platform.errors.DomainException naming {@code choice}, {@code elaboration} or
     *     {@code price}, with the slug and arguments of the online refusal
     */
    public CheckedAnswer check(AnswerInput input, Requirement requirement, boolean pricesRequested) {
        AnswerRules.ValidAnswer valid = AnswerRules.check(input, requirement.elaborationRequired(), pricesRequested);
        return new CheckedAnswer(valid.choice().name(), valid.elaboration(), valid.price());
    }

    /** Saves one answer exactly as {@code PUT …/answers/{requirementId}} does. */
    public StoredAnswer answer(long dialogueId, long requirementId, AnswerInput input, UUID organisation, String by) {
        return answering.answer(dialogueId, requirementId, input, organisation, by);
    }

    /**
     * @param version changes with every save of the set (each answer saves it)
     * @param requirements the dialogue's requirements in the order suppliers see them
     */
    public record WritableSet(
            long dialogueId, UUID answerSetId, int version, boolean pricesRequested, List<Requirement> requirements) {}

    /**
     * @param kravId the catalogue id, or F1, F2 … for a free-text requirement
     * @param answer the answer so far, null when unanswered
     */
    public record Requirement(
            long requirementId,
            String kravId,
            String name,
            boolean elaborationRequired,
            @Nullable StoredAnswer answer) {}

    /** An answer that passed the rules, as it would be stored: choice JA … IKKE_RELEVANT, blanks as null. */
    public record CheckedAnswer(
            String choice,
            @Nullable String elaboration,
            @Nullable String price) {}
}
