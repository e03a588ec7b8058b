package dk.anskaf.dialogue.organisation;

import dk.anskaf.platform.tenancy.TenantContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform-wide register of supplier organisations and their contacts. Any municipal user may search
 * and register (row-level security admits any bound municipality, V2); a supplier contact sees only its
 * own organisation. Organisations carry no state that moves, so this is SQL, not an aggregate.
 */
@Service
public class SupplierOrganisations {

    private final JdbcClient jdbc;

    SupplierOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers an organisation for the calling municipality's user.
     *
     * @param field the request member holding the organisation ({@code ""} at the top level,
     *     {@code "newOrganisation."} inside an invitation), so problems name the right field
     * @throws OrganisationRefused.InvalidCvr unless the CVR passes modulus 11
     * @throws OrganisationRefused.CvrTaken if an organisation has the CVR (also under a concurrent one)
     * @throws dk.anskaf.platform.tenancy.MissingTenantException for a caller without a municipality
     */
    @Transactional
    public Organisation register(NewOrganisation input, String field) {
        String tenant = TenantContext.require().value();
        Cvr cvr = Cvr.parse(input.cvr(), field + "cvr");
        UUID id = UUID.randomUUID();
        // "on conflict do nothing" rather than catching the unique violation: the transaction stays usable
        // and the existing organisation can be named in the same transaction.
        int inserted = jdbc.sql("""
                        insert into supplier_organisation (id, name, cvr, created_by_tenant) values (?, ?, ?, ?)
                        on conflict (cvr) do nothing
                        """)
                .params(id, input.name().strip(), cvr.value(), tenant)
                .update();
        if (inserted == 0) {
            Organisation existing = byCvr(cvr).orElseThrow();
            throw new OrganisationRefused.CvrTaken(cvr.value(), existing.name(), existing.id());
        }
        return new Organisation(id, input.name().strip(), cvr.value());
    }

    /** By name (contains, case-insensitive) or CVR (prefix of the digits); at most 50, by name. */
    @Transactional(readOnly = true)
    public List<Organisation> search(@Nullable String query) {
        String q = query == null ? "" : query.strip();
        String digits = q.replace(" ", "");
        return jdbc.sql("""
                        select id, name, cvr from supplier_organisation
                        where ? = '' or name ilike ? escape '\\' or (? ~ '^[0-9]+$' and cvr like ?)
                        order by lower(name), cvr limit 50
                        """)
                .params(q, "%" + likeEscaped(q) + "%", digits, digits + "%")
                .query(Organisation.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select id, name, cvr from supplier_organisation where id = ?")
                .param(id)
                .query(Organisation.class)
                .optional();
    }

    /** @throws OrganisationRefused.OrganisationNotFound for an unknown (or, to a supplier, another) one */
    @Transactional(readOnly = true)
    public List<Contact> contacts(UUID organisationId) {
        find(organisationId).orElseThrow(() -> new OrganisationRefused.OrganisationNotFound(organisationId));
        return jdbc.sql("select id, email, name from supplier_contact where organisation_id = ? order by email")
                .param(organisationId)
                .query(Contact.class)
                .list();
    }

    /**
     * The organisation's contact with this address, created if new. Matching is by the whole lower-cased
     * address within the organisation: two organisations may share a mail domain, and the same address may
     * be a contact of two organisations.
     */
    @Transactional
    public Contact contactFor(UUID organisationId, EmailAddress email) {
        jdbc.sql("""
                        insert into supplier_contact (id, organisation_id, email) values (?, ?, ?)
                        on conflict (organisation_id, lower(email)) do nothing
                        """).params(UUID.randomUUID(), organisationId, email.value()).update();
        return jdbc.sql("select id, email, name from supplier_contact where organisation_id = ? and lower(email) = ?")
                .params(organisationId, email.value())
                .query(Contact.class)
                .single();
    }

    private Optional<Organisation> byCvr(Cvr cvr) {
        return jdbc.sql("select id, name, cvr from supplier_organisation where cvr = ?")
                .param(cvr.value())
                .query(Organisation.class)
                .optional();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
