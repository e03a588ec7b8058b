package dk.anskaf.dialogue.answering;

import dk.anskaf.dialogue.organisation.OrganisationRefused;
import dk.anskaf.dialogue.organisation.SupplierOrganisations;
import dk.anskaf.dialogue.supplier.DialogueFacts;
import dk.anskaf.dialogue.supplier.DialogueFactsReader;
import dk.anskaf.platform.events.Outbox;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering's application service: one transaction per use case, each loading the organisation's {@link
 * AnswerSet} locked, reading the dialogue's state and the database's clock in the same transaction (the
 * deadline holds to the minute on every instance, without waiting for a job), calling one transition,
 * saving, and publishing the recorded events through the outbox.
 *
 * <p>The organisation is always the caller's, from the verified token; a dialogue it was not invited to is
 * not found, whatever its id.
 */
@Service
class Answering {

    private final AnswerSets sets;
    private final Answers answers;
    private final DialogueFactsReader dialogues;
    private final SupplierOrganisations organisations;
    private final ItSystems itSystems;
    private final Elaborations elaborations;
    private final Outbox outbox;

    Answering(
            AnswerSets sets,
            Answers answers,
            DialogueFactsReader dialogues,
            SupplierOrganisations organisations,
            ItSystems itSystems,
            Elaborations elaborations,
            Outbox outbox) {
        this.sets = sets;
        this.answers = answers;
        this.dialogues = dialogues;
        this.organisations = organisations;
        this.itSystems = itSystems;
        this.elaborations = elaborations;
        this.outbox = outbox;
    }

    /** The first view of the dialogue page marks the invitation opened. */
    @Transactional
    void open(long dialogueId, UUID organisation) {
        Loaded loaded = load(dialogueId, organisation);
        if (loaded.set().open(loaded.dialogue().now())) {
            sets.save(loaded.set());
        }
    }

    /**
     * Saves one answer (§5.9.3); during an elaboration round, whatever the deadline, choice and elaboration
     * only ({@link Elaborations#answerInRound}).
     *
     * @throws AnsweringRefused.RequirementNotFound for a requirement of another dialogue
     * @throws AnsweringRefused.InvalidAnswer naming choice, elaboration or price
     */
    @Transactional
    StoredAnswer answer(long dialogueId, long requirementId, AnswerInput input, UUID organisation, String by) {
        Loaded loaded = load(dialogueId, organisation);
        if (loaded.set().status() == AnswerSetStatus.ELABORATION_REQUESTED) {
            return elaborations.answerInRound(
                    loaded.set(), loaded.dialogue(), requirement(dialogueId, requirementId), input, by);
        }
        loaded.set().requireWritable(loaded.dialogue());
        RequirementFacts requirement = requirement(dialogueId, requirementId);
        AnswerRules.ValidAnswer valid = AnswerRules.check(
                input, requirement.elaborationRequired(), loaded.dialogue().pricesRequested());
        loaded.set().answering(loaded.dialogue());
        sets.save(loaded.set());
        return answers.save(loaded.set(), requirementId, valid, false, null, false, by);
    }

    /**
     * "Driftsmodel" (§5.9.1): requirements the model rules out are answered Ikke relevant with an
     * explanation, where they have no answer or only one the model set before; answers the model set
     * before that the new model does not rule out are removed again. A person's answers are never touched.
     *
     * @throws AnsweringRefused.InvalidAnswer naming {@code operatingModel} for an unknown value
     */
    @Transactional
    void chooseOperatingModel(long dialogueId, @Nullable String value, UUID organisation) {
        OperatingModel model = operatingModel(value);
        Loaded loaded = load(dialogueId, organisation);
        loaded.set().chooseOperatingModel(model, loaded.dialogue());
        sets.save(loaded.set());
        Map<Long, StoredAnswer> existing = answers.byRequirement(loaded.set().id());
        AnswerRules.ValidAnswer notRelevant = new AnswerRules.ValidAnswer(
                AnswerChoice.IKKE_RELEVANT,
                "Kravet er ikke relevant for driftsmodellen \"" + model.label() + "\" (besvaret automatisk).",
                null);
        for (RequirementFacts requirement : answers.requirements(dialogueId)) {
            StoredAnswer answer = existing.get(requirement.id());
            boolean free = answer == null || answer.autoAnswered();
            if (!free) {
                continue;
            }
            if (model.rulesOut(requirement.saas(), requirement.onPremise())) {
                answers.save(
                        loaded.set(), requirement.id(), notRelevant, true, null, false, Answers.BY_OPERATING_MODEL);
            } else if (answer != null) {
                answers.removeAutoAnswer(loaded.set().id(), requirement.id());
            }
        }
    }

    /** "Vælg it-system". @throws AnsweringRefused.InvalidAnswer naming {@code kitosUuid} for an unknown one */
    @Transactional
    void chooseItSystem(long dialogueId, @Nullable UUID kitosUuid, UUID organisation) {
        ItSystem system = (kitosUuid == null ? Optional.<ItSystem>empty() : itSystems.find(kitosUuid))
                .orElseThrow(() -> new AnsweringRefused.InvalidAnswer("kitosUuid", "it-system-unknown"));
        Loaded loaded = load(dialogueId, organisation);
        loaded.set().chooseItSystem(system, loaded.dialogue());
        sets.save(loaded.set());
    }

    /**
     * "Kopier svar fra anden markedsdialog" (§5.9.4): for each of this dialogue's catalogue requirements
     * without an answer, the organisation's answer to the same catalogue requirement in {@code
     * fromDialogueId}, if it passes this dialogue's rules (an answer that would now need an elaboration or
     * a price stays for the supplier to give). Never overwrites; answers the operating model set there are
     * not copied (they follow that dialogue's model). Marks copies whose requirement text differed.
     *
     * @throws AnsweringRefused.CopySourceNotFound unless the organisation answered that other dialogue
     */
    @Transactional
    CopyResult copy(long dialogueId, long fromDialogueId, UUID organisation, String by) {
        Loaded loaded = load(dialogueId, organisation);
        loaded.set().requireWritable(loaded.dialogue());
        AnswerSet source = fromDialogueId == dialogueId
                ? null
                : sets.findByDialogueIdAndOrganisationId(fromDialogueId, organisation)
                        .orElse(null);
        if (source == null) {
            throw new AnsweringRefused.CopySourceNotFound(fromDialogueId);
        }
        Map<Long, RequirementFacts> sourceByCatalogId = byCatalogId(answers.requirements(fromDialogueId));
        Map<Long, StoredAnswer> sourceAnswers = answers.byRequirement(source.id());
        Map<Long, StoredAnswer> existing = answers.byRequirement(loaded.set().id());
        int copied = 0;
        int changed = 0;
        for (RequirementFacts target : answers.requirements(dialogueId)) {
            RequirementFacts from =
                    target.catalogRequirementId() == null ? null : sourceByCatalogId.get(target.catalogRequirementId());
            StoredAnswer answer = from == null ? null : sourceAnswers.get(from.id());
            if (existing.containsKey(target.id()) || answer == null || answer.autoAnswered()) {
                continue;
            }
            AnswerRules.ValidAnswer valid;
            try {
                valid = AnswerRules.check(
                        new AnswerInput(answer.choice(), answer.elaboration(), answer.price()),
                        target.elaborationRequired(),
                        loaded.dialogue().pricesRequested());
            } catch (AnsweringRefused.InvalidAnswer breaksRuleHere) {
                continue;
            }
            boolean textChanged = !from.text().equals(target.text());
            if (copied == 0) {
                loaded.set().answering(loaded.dialogue());
                sets.save(loaded.set());
            }
            answers.save(loaded.set(), target.id(), valid, false, fromDialogueId, textChanged, by);
            copied++;
            changed += textChanged ? 1 : 0;
        }
        return new CopyResult(copied, changed);
    }

    /** "Afslut besvarelse". @throws AnsweringRefused.AnswersMissing naming how many are unanswered */
    @Transactional
    void finish(long dialogueId, UUID organisation) {
        Loaded loaded = load(dialogueId, organisation);
        Map<Long, StoredAnswer> given = answers.byRequirement(loaded.set().id());
        int unanswered = (int) answers.requirements(dialogueId).stream()
                .filter(requirement -> !given.containsKey(requirement.id()))
                .count();
        loaded.set().finish(unanswered, loaded.dialogue(), organisationName(organisation));
        sets.save(loaded.set());
        loaded.set().pullEvents().forEach(outbox::publish);
    }

    /** "Ønsker ikke at svare". @throws AnsweringRefused.DeclineReasonMissing without a reason */
    @Transactional
    void decline(long dialogueId, @Nullable String reason, UUID organisation) {
        Loaded loaded = load(dialogueId, organisation);
        loaded.set().decline(reason, loaded.dialogue(), organisationName(organisation));
        sets.save(loaded.set());
        loaded.set().pullEvents().forEach(outbox::publish);
    }

    private RequirementFacts requirement(long dialogueId, long requirementId) {
        return answers.requirement(dialogueId, requirementId)
                .orElseThrow(() -> new AnsweringRefused.RequirementNotFound(requirementId));
    }

    private record Loaded(AnswerSet set, DialogueFacts dialogue) {}

    /** The caller's set in the dialogue, locked, with the dialogue as of now; 404 when not invited. */
    private Loaded load(long dialogueId, UUID organisation) {
        AnswerSet set = sets.findLockedByDialogueIdAndOrganisationId(dialogueId, organisation)
                .orElseThrow(() -> new AnsweringRefused.DialogueNotFound(dialogueId));
        DialogueFacts dialogue =
                dialogues.find(dialogueId).orElseThrow(() -> new AnsweringRefused.DialogueNotFound(dialogueId));
        return new Loaded(set, dialogue);
    }

    private String organisationName(UUID organisation) {
        return organisations
                .find(organisation)
                .orElseThrow(() -> new OrganisationRefused.OrganisationNotFound(organisation))
                .name();
    }

    private static OperatingModel operatingModel(@Nullable String value) {
        try {
            return OperatingModel.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new AnsweringRefused.InvalidAnswer("operatingModel", "operating-model-unknown");
        }
    }

    private static Map<Long, RequirementFacts> byCatalogId(List<RequirementFacts> requirements) {
        Map<Long, RequirementFacts> byId = new HashMap<>();
        for (RequirementFacts requirement : requirements) {
            if (requirement.catalogRequirementId() != null) {
                byId.put(requirement.catalogRequirementId(), requirement);
            }
        }
        return byId;
    }
}
