package dk.anskaf.dialogue.answering;

import dk.anskaf.dialogue.audit.DialogueAudit;
import dk.anskaf.dialogue.organisation.OrganisationRefused;
import dk.anskaf.dialogue.organisation.SupplierOrganisations;
import dk.anskaf.dialogue.supplier.DialogueFacts;
import dk.anskaf.dialogue.supplier.DialogueFactsReader;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The elaboration loop (§5.10, "Uddybning krævet"): the purchaser asks a finished organisation for more
 * with a message; the organisation changes choice and elaboration (never price) under the same {@link
 * AnswerRules} as answering, whatever the deadline, and sends the set back. Each round is kept with what
 * changed ({@link ElaborationRounds}), each step writes an audit row and publishes its event in the same
 * transaction.
 */
@Service
public class Elaborations {

    private final AnswerSets sets;
    private final Answers answers;
    private final ElaborationRounds rounds;
    private final DialogueFactsReader dialogues;
    private final SupplierOrganisations organisations;
    private final DialogueAudit audit;
    private final JdbcClient jdbc;
    private final Outbox outbox;

    Elaborations(
            AnswerSets sets,
            Answers answers,
            ElaborationRounds rounds,
            DialogueFactsReader dialogues,
            SupplierOrganisations organisations,
            DialogueAudit audit,
            JdbcClient jdbc,
            Outbox outbox) {
        this.sets = sets;
        this.answers = answers;
        this.rounds = rounds;
        this.dialogues = dialogues;
        this.organisations = organisations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /**
     * "Anmod om uddybning" by a purchaser of the owning municipality. The caller checks that the purchaser
     * may see the set's answers (the visibility rule) in the same transaction.
     *
     * @return the round's number (1 for the first)
     * @throws AnsweringRefused.AnswerSetNotFound for a set of another dialogue (or municipality)
     * @throws AnsweringRefused.InvalidAnswer naming {@code message}
     * @throws AnsweringRefused.ElaborationNotPossible unless finished, in an Aktiv or Besvaret dialogue
     */
    @Transactional
    public int request(long dialogueId, UUID answerSetId, @Nullable String message, CurrentUser purchaser) {
        ElaborationMessage valid = ElaborationMessage.of(message);
        AnswerSet set = sets.findLockedById(answerSetId)
                .filter(found -> found.dialogueId() == dialogueId)
                .orElseThrow(AnsweringRefused.AnswerSetNotFound::new);
        DialogueFacts dialogue = dialogues.find(dialogueId).orElseThrow(AnsweringRefused.AnswerSetNotFound::new);
        int round = rounds.nextRound(answerSetId);
        String organisationName = organisationName(set.organisationId());
        set.requestElaboration(valid, round, dialogue, organisationName, invitedAddresses(answerSetId));
        sets.save(set);
        rounds.open(set, round, valid, purchaser.subject(), purchaser.name(), answers.byRequirement(answerSetId));
        audit.record(
                set.tenantId(),
                dialogueId,
                purchaser.subject(),
                purchaser.name(),
                DialogueAudit.ELABORATION_REQUESTED,
                organisationName,
                AnswerSetStatus.FINISHED.name(),
                AnswerSetStatus.ELABORATION_REQUESTED.name());
        set.pullEvents().forEach(outbox::publish);
        return round;
    }

    /**
     * An answer changed during the round (called by {@link Answering} with the set locked): choice and
     * elaboration under the same rules; the price stays as it was (an omitted price means unchanged).
     *
     * @throws AnsweringRefused.InvalidAnswer naming {@code price} when the price would change
     */
    StoredAnswer answerInRound(
            AnswerSet set, DialogueFacts dialogue, RequirementFacts requirement, AnswerInput input, String by) {
        set.requireElaborating(dialogue);
        StoredAnswer stored = answers.byRequirement(set.id()).get(requirement.id());
        if (stored == null) {
            // A finished set has every requirement answered; a round adds none.
            throw new AnsweringRefused.RequirementNotFound(requirement.id());
        }
        String price = input.price() == null || input.price().isBlank() ? stored.price() : input.price();
        AnswerRules.ValidAnswer valid = AnswerRules.check(
                new AnswerInput(input.choice(), input.elaboration(), price),
                requirement.elaborationRequired(),
                dialogue.pricesRequested());
        if (!Objects.equals(valid.price(), stored.price())) {
            throw new AnsweringRefused.InvalidAnswer("price", "elaboration-price-unchanged");
        }
        return answers.save(set, requirement.id(), valid, false, null, false, by);
    }

    /**
     * "Send opdateret besvarelse tilbage til kunde": closes the round with what changed.
     *
     * @throws AnsweringRefused.NotInElaborationRound unless a round is open
     */
    @Transactional
    void sendBack(long dialogueId, UUID organisation, String by) {
        AnswerSet set = sets.findLockedByDialogueIdAndOrganisationId(dialogueId, organisation)
                .orElseThrow(() -> new AnsweringRefused.DialogueNotFound(dialogueId));
        DialogueFacts dialogue =
                dialogues.find(dialogueId).orElseThrow(() -> new AnsweringRefused.DialogueNotFound(dialogueId));
        set.requireElaborating(dialogue);
        int round = rounds.openRound(set.id()).orElseThrow(AnsweringRefused.NotInElaborationRound::new);
        Map<Long, StoredAnswer> now = answers.byRequirement(set.id());
        List<ElaborationRounds.Change> changes = rounds.close(set.id(), round, by, now);
        String organisationName = organisationName(organisation);
        set.sendBack(round, changes.size(), dialogue, organisationName);
        sets.save(set);
        audit.record(
                set.tenantId(),
                dialogueId,
                by,
                organisationName,
                DialogueAudit.ELABORATION_SENT,
                organisationName,
                AnswerSetStatus.ELABORATION_REQUESTED.name(),
                AnswerSetStatus.FINISHED.name());
        set.pullEvents().forEach(outbox::publish);
    }

    /** The rounds of the organisation's set in a dialogue (the supplier's view). */
    List<ElaborationRounds.Round> roundsOf(UUID answerSetId) {
        return rounds.rounds(answerSetId);
    }

    private List<String> invitedAddresses(UUID answerSetId) {
        return jdbc.sql("select distinct email from invitation where answer_set_id = ? order by email")
                .param(answerSetId)
                .query(String.class)
                .list();
    }

    private String organisationName(UUID organisation) {
        return organisations
                .find(organisation)
                .orElseThrow(() -> new OrganisationRefused.OrganisationNotFound(organisation))
                .name();
    }
}
