package dk.anskaf.identity.integration;

import dk.anskaf.identity.admin.AuditLog;
import dk.anskaf.identity.server.MachineClients;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's integration clients, always the caller's own municipality (tenant from the token,
 * row-level security on {@code integration_client}). The OAuth2 registration is Spring Authorization
 * Server's ({@link MachineClients#integration}); its secret is 256 random bits, returned once and stored
 * only as the password encoder's hash ({@code {bcrypt}}). Rotation replaces the secret at once: the old one
 * no longer gets a token, and tokens it already got live out their 10 minutes. Revocation removes the
 * registration (same 10 minutes for tokens already issued) and keeps the record.
 */
@Service
public class IntegrationClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the list and the portal show: never the secret, nor its hash. */
    public record IntegrationClient(
            UUID id,
            String clientId,
            String name,
            OffsetDateTime createdAt,
            String createdByName,
            @Nullable OffsetDateTime secretRotatedAt) {}

    /** The answer to create and rotate: the only time the secret leaves identity. */
    public record IssuedSecret(IntegrationClient client, String clientSecret) {}

    private final JdbcClient jdbc;
    private final RegisteredClientRepository registrations;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    IntegrationClients(
            JdbcClient jdbc, RegisteredClientRepository registrations, PasswordEncoder passwords, AuditLog audit) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** The municipality's clients that are not revoked, newest first. */
    @Transactional(readOnly = true)
    public List<IntegrationClient> list() {
        return jdbc.sql("""
                        select id, client_id, name, created_at, created_by_name, secret_rotated_at
                        from integration_client
                        where tenant_id = ? and revoked_at is null
                        order by created_at desc, id""")
                .param(TenantContext.require().value())
                .query(IntegrationClient.class)
                .list();
    }

    @Transactional
    public IssuedSecret create(String name) {
        String tenant = TenantContext.require().value();
        CurrentUser actor = CurrentUser.require();
        UUID id = UUID.randomUUID();
        String registrationId = UUID.randomUUID().toString();
        String clientId = "kommune-" + tenant + "-" + HexFormat.of().formatHex(randomBytes(6));
        String secret = newSecret();
        registrations.save(
                MachineClients.integration(registrationId, clientId, name.strip(), passwords.encode(secret), tenant));
        jdbc.sql("""
                        insert into integration_client (id, tenant_id, client_id, registered_client_id, name, created_by_name)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, tenant, clientId, registrationId, name.strip(), actor.name())
                .update();
        audit.record(actor, "integration-client.created", name.strip() + " client_id=" + clientId);
        return new IssuedSecret(find(id), secret);
    }

    /** A new secret at once; the old one gets no more tokens. */
    @Transactional
    public IssuedSecret rotate(UUID id) {
        IntegrationClient client = find(id);
        RegisteredClient registration = registration(id);
        String secret = newSecret();
        registrations.save(RegisteredClient.from(registration)
                .clientSecret(passwords.encode(secret))
                .build());
        jdbc.sql("update integration_client set secret_rotated_at = now() where id = ?")
                .param(id)
                .update();
        audit.record(
                CurrentUser.require(),
                "integration-client.secret-rotated",
                client.name() + " client_id=" + client.clientId());
        return new IssuedSecret(find(id), secret);
    }

    /** Removes the OAuth2 registration (and its stored authorizations); the record stays, marked revoked. */
    @Transactional
    public void revoke(UUID id) {
        IntegrationClient client = find(id);
        RegisteredClient registration = registration(id);
        jdbc.sql("delete from oauth2_authorization where registered_client_id = ?")
                .param(registration.getId())
                .update();
        jdbc.sql("delete from oauth2_registered_client where id = ?")
                .param(registration.getId())
                .update();
        CurrentUser actor = CurrentUser.require();
        jdbc.sql("update integration_client set revoked_at = now(), revoked_by_name = ? where id = ?")
                .params(actor.name(), id)
                .update();
        audit.record(actor, "integration-client.revoked", client.name() + " client_id=" + client.clientId());
    }

    private IntegrationClient find(UUID id) {
        return jdbc.sql("""
                        select id, client_id, name, created_at, created_by_name, secret_rotated_at
                        from integration_client
                        where id = ? and tenant_id = ? and revoked_at is null""")
                .params(id, TenantContext.require().value())
                .query(IntegrationClient.class)
                .optional()
                .orElseThrow(() -> ApiProblemException.notFound("Integrationen findes ikke"));
    }

    private RegisteredClient registration(UUID id) {
        String registrationId = jdbc.sql("select registered_client_id from integration_client where id = ?")
                .param(id)
                .query(String.class)
                .single();
        RegisteredClient registration = registrations.findById(registrationId);
        if (registration == null) {
            throw ApiProblemException.notFound("Integrationen findes ikke");
        }
        return registration;
    }

    private static String newSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
