package dk.anskaf.dialogue.testdata;

import dk.anskaf.platform.test.fixture.IntegrationFixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Rows a purchaser test needs that other parts of the service write (answer sets, invitations), inserted
 * with SQL in V2's shape under the municipality's own row-level security, as the fixture's settings give it.
 */
public final class DialogueRows {

    private final IntegrationFixture fixture;

    public DialogueRows(IntegrationFixture fixture) {
        this.fixture = fixture;
    }

    /** A free-text requirement in the dialogue, so it can be activated without the catalogue. */
    public void requirement(String tenant, long dialogueId, int number) {
        fixture.asTenant(
                tenant,
                () -> fixture.jdbc().sql("""
                        insert into dialogue_requirement
                            (dialogue_id, free_text_number, position, name, description, category, priority, selection_reasons)
                        values (?, ?, ?, 'RDS', 'Løsningen skal kunne afvikles på RDS', 'Drift', 'NORMAL', '{free-text}')
                        """).params(dialogueId, number, number).update());
    }

    /** An active dialogue of {@code tenant} with the deadline given, straight into the table. */
    public long activeDialogue(String tenant, Instant deadline) {
        return fixture.asTenant(
                tenant,
                () -> fixture.jdbc()
                        .sql("""
                        insert into dialogue (owner_name, title, description, contact_email, domain_ids, status,
                                              deadline, activated_at, created_by, created_by_name)
                        values ('Kommune ' || ?, 'ESDH-system', 'Vi vil købe et ESDH-system', 'indkoeb@favrskov.example',
                                '{1}', 'ACTIVE', ?, now(), 'ida', 'Ida Indkøber')
                        returning id
                        """)
                        .params(tenant, Timestamp.from(deadline))
                        .query(Long.class)
                        .single());
    }

    /**
     * A supplier organisation invited to the dialogue through one contact, its answer set in {@code status}
     * (INVITED ... DECLINED).
     *
     * @return the answer set's id
     */
    public UUID invitedSupplier(String tenant, long dialogueId, String email, String status) {
        UUID organisation = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        UUID answerSet = UUID.randomUUID();
        String cvr = String.format("%08d", Math.floorMod(organisation.getLeastSignificantBits(), 100_000_000L));
        fixture.asTenant(tenant, () -> {
            var jdbc = fixture.jdbc();
            jdbc.sql("insert into supplier_organisation (id, name, cvr, created_by_tenant) values (?, ?, ?, ?)")
                    .params(organisation, "Leverandør " + email, cvr, tenant)
                    .update();
            jdbc.sql("insert into supplier_contact (id, organisation_id, email) values (?, ?, ?)")
                    .params(contact, organisation, email)
                    .update();
            jdbc.sql("insert into answer_set (id, dialogue_id, organisation_id, status) values (?, ?, ?, ?)")
                    .params(answerSet, dialogueId, organisation, status)
                    .update();
            return jdbc.sql("""
                            insert into invitation (id, answer_set_id, contact_id, email, subject, message, invited_by_name)
                            values (?, ?, ?, ?, 'Invitation', 'Vi ser frem til jeres svar', 'Ida Indkøber')
                            """)
                    .params(UUID.randomUUID(), answerSet, contact, email)
                    .update();
        });
        return answerSet;
    }

    /** Moves an answer set on (FINISHED, DECLINED ...), as the supplier's side would. */
    public void answerSetStatus(String tenant, UUID answerSet, String status) {
        fixture.asTenant(
                tenant,
                () -> fixture.jdbc()
                        .sql("update answer_set set status = ? where id = ?")
                        .params(status, answerSet)
                        .update());
    }
}
