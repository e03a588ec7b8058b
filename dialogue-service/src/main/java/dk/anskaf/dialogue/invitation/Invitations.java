package dk.anskaf.dialogue.invitation;

import dk.anskaf.dialogue.organisation.Contact;
import dk.anskaf.dialogue.organisation.EmailAddress;
import dk.anskaf.dialogue.organisation.Organisation;
import dk.anskaf.dialogue.organisation.SupplierOrganisations;
import dk.anskaf.dialogue.supplier.DialogueFacts;
import dk.anskaf.dialogue.supplier.DialogueFactsReader;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Inviter leverandør" (DOMAIN.md §5.7), one transaction: the dialogue must be the caller's and Aktiv
 * before its deadline; the organisation exists or is registered; the contact is found or created; the
 * organisation's one answer set in the dialogue is created on its first invitation (a second invitation
 * only adds the contact's mail); the invitation is recorded and {@link SupplierInvited} published.
 */
@Service
class Invitations {

    private final DialogueFactsReader dialogues;
    private final SupplierOrganisations organisations;
    private final SupplierStatusQueries statuses;
    private final JdbcClient jdbc;
    private final Outbox outbox;

    Invitations(
            DialogueFactsReader dialogues,
            SupplierOrganisations organisations,
            SupplierStatusQueries statuses,
            JdbcClient jdbc,
            Outbox outbox) {
        this.dialogues = dialogues;
        this.organisations = organisations;
        this.statuses = statuses;
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /**
     * @throws InvitationRefused.DialogueNotFound another municipality's dialogue, or none
     * @throws InvitationRefused.NotActive unless Aktiv and before the deadline
     * @throws InvitationRefused.OrganisationMissing neither or both of organisationId and newOrganisation
     * @throws dk.anskaf.dialogue.organisation.OrganisationRefused for a bad CVR, a taken CVR or a bad address
     */
    @Transactional
    SupplierStatus invite(long dialogueId, InvitationRequest request, CurrentUser purchaser) {
        DialogueFacts dialogue = dialogues.findForInvitation(dialogueId).orElseThrow(() -> draftOrNone(dialogueId));
        if (!dialogue.openForAnswers()) {
            throw new InvitationRefused.NotActive(dialogueId);
        }
        EmailAddress email = EmailAddress.parse(request.email(), "email");
        Organisation organisation = organisation(request);
        Contact contact = organisations.contactFor(organisation.id(), email);
        UUID answerSetId = answerSet(dialogueId, organisation.id());
        UUID invitationId = UUID.randomUUID();
        jdbc.sql("""
                        insert into invitation (id, answer_set_id, contact_id, email, subject, message, invited_by_name)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        invitationId,
                        answerSetId,
                        contact.id(),
                        contact.email(),
                        request.subject().strip(),
                        request.message().strip(),
                        purchaser.name().isBlank() ? purchaser.subject() : purchaser.name())
                .update();
        outbox.publish(new SupplierInvited(
                dialogueId,
                dialogue.title(),
                invitationId,
                answerSetId,
                organisation.id(),
                organisation.name(),
                organisation.cvr(),
                contact.id(),
                contact.email(),
                request.subject().strip(),
                request.message().strip(),
                dialogue.deadline(),
                dialogue.contactEmail(),
                dialogue.ownerName()));
        return statuses.forAnswerSet(answerSetId).orElseThrow();
    }

    /** A draft (no deadline yet) is the caller's but not open: 409; anything else it cannot see: 404. */
    private RuntimeException draftOrNone(long dialogueId) {
        boolean visible = jdbc.sql("select count(*) from dialogue where id = ?")
                        .param(dialogueId)
                        .query(Long.class)
                        .single()
                > 0;
        return visible
                ? new InvitationRefused.NotActive(dialogueId)
                : new InvitationRefused.DialogueNotFound(dialogueId);
    }

    private Organisation organisation(InvitationRequest request) {
        if ((request.organisationId() == null) == (request.newOrganisation() == null)) {
            throw new InvitationRefused.OrganisationMissing();
        }
        if (request.organisationId() != null) {
            return organisations.find(request.organisationId()).orElseThrow(InvitationRefused.OrganisationUnknown::new);
        }
        return organisations.register(request.newOrganisation(), "newOrganisation.");
    }

    /** The organisation's one answer set in the dialogue; two concurrent first invitations still make one. */
    private UUID answerSet(long dialogueId, UUID organisationId) {
        jdbc.sql("""
                        insert into answer_set (id, dialogue_id, organisation_id) values (?, ?, ?)
                        on conflict (dialogue_id, organisation_id) do nothing
                        """).params(UUID.randomUUID(), dialogueId, organisationId).update();
        return jdbc.sql("select id from answer_set where dialogue_id = ? and organisation_id = ?")
                .params(dialogueId, organisationId)
                .query(UUID.class)
                .single();
    }
}
