package dk.anskaf.identity.admin;

import dk.anskaf.identity.events.IdentityEvents;
import dk.anskaf.identity.events.ReferenceEvents;
import dk.anskaf.identity.server.SecretBox;
import dk.anskaf.identity.tenant.LoginConfiguration;
import dk.anskaf.identity.tenant.Tenant;
import dk.anskaf.identity.tenant.TenantRegistry;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's administration, which the incumbent left to hand-edits in its database: which
 * municipalities are onboarded and how they log in, and the communities. Every change is audited and
 * published as an event.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('OPERATOR')")
class OperatorController {

    private final TenantRegistry tenants;
    private final SecretBox secrets;
    private final AuditLog audit;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final ReferenceEvents events;

    OperatorController(
            TenantRegistry tenants,
            SecretBox secrets,
            AuditLog audit,
            Outbox outbox,
            JdbcClient jdbc,
            ReferenceEvents events) {
        this.tenants = tenants;
        this.secrets = secrets;
        this.audit = audit;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.events = events;
    }

    @GetMapping("/tenants")
    List<Tenant> tenants() {
        return tenants.all();
    }

    record LoginSettings(
            @NotNull Boolean onboarded,

            @NotNull @Pattern(regexp = "LOCAL|OIDC", message = "Skal være LOCAL eller OIDC")
            String method,

            @Size(max = 500)
            @Pattern(
                    regexp = "https://.+|http://localhost(:\\d+)?(/.*)?|http://127\\.0\\.0\\.1(:\\d+)?(/.*)?",
                    message = "Udstederen skal være en https-adresse")
            String issuer,

            @Size(max = 200) String clientId,
            @Size(max = 500) String clientSecret,
            @Size(max = 100) String roleClaim,
            @Size(max = 2000) String roleMapping) {}

    @PutMapping("/tenants/{tenantId}/login")
    @Transactional
    Tenant configureLogin(@PathVariable String tenantId, @Valid @RequestBody LoginSettings settings) {
        Tenant tenant =
                tenants.find(tenantId).orElseThrow(() -> ApiProblemException.notFound("Myndigheden findes ikke"));
        if ("OIDC".equals(settings.method()) && (blank(settings.issuer()) || blank(settings.clientId()))) {
            throw ApiProblemException.invalidField("issuer", "Udsteder og klient-id skal udfyldes ved OIDC");
        }
        tenants.configureLogin(
                new LoginConfiguration(
                        tenantId,
                        settings.method(),
                        settings.issuer(),
                        settings.clientId(),
                        blank(settings.clientSecret()) ? null : secrets.seal(settings.clientSecret()),
                        blank(settings.roleClaim()) ? "roles" : settings.roleClaim(),
                        settings.roleMapping() == null ? "" : settings.roleMapping()),
                settings.onboarded());
        // The secret is never logged, audited or published.
        audit.record(
                CurrentUser.require(),
                "tenant.login-configured",
                tenantId + ": onboarded=" + settings.onboarded() + ", method=" + settings.method() + ", issuer="
                        + settings.issuer());
        if (settings.onboarded() && !tenant.onboarded()) {
            events.tenantRegistered(TenantId.of(tenant.tenantId()));
        }
        events.tenantChanged(TenantId.of(tenant.tenantId()));
        return tenants.find(tenantId).orElseThrow();
    }

    record NewCommunity(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty List<@NotBlank String> members) {}

    record Community(UUID id, String name, List<String> members) {}

    @PostMapping("/communities")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Community createCommunity(@Valid @RequestBody NewCommunity community) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into community (id, name) values (?, ?)")
                .params(id, community.name().strip())
                .update();
        return setMembers(id, community.name().strip(), community.members());
    }

    @PutMapping("/communities/{id}/members")
    @Transactional
    Community changeMembers(@PathVariable UUID id, @RequestBody @NotEmpty List<@NotBlank String> members) {
        String name = jdbc.sql("select name from community where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> ApiProblemException.notFound("Samarbejdet findes ikke"));
        return setMembers(id, name, members);
    }

    private Community setMembers(UUID id, String name, List<String> members) {
        for (String member : members) {
            if (tenants.find(member)
                    .filter(t -> "MUNICIPALITY".equals(t.kind()))
                    .isEmpty()) {
                throw ApiProblemException.invalidField("members", "Ukendt kommune: " + member);
            }
        }
        jdbc.sql("delete from community_member where community_id = ?")
                .param(id)
                .update();
        List<String> sorted = members.stream().distinct().sorted().toList();
        sorted.forEach(member -> jdbc.sql("insert into community_member (community_id, tenant_id) values (?, ?)")
                .params(id, member)
                .update());
        audit.record(CurrentUser.require(), "community.members-changed", name + ": " + sorted);
        outbox.publish(
                IdentityEvents.TENANTS,
                IdentityEvents.COMMUNITY_MEMBERSHIP_CHANGED,
                id.toString(),
                new IdentityEvents.CommunityMembershipChanged(id, name, sorted));
        return new Community(id, name, sorted);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
