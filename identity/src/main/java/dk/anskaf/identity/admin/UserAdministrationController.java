package dk.anskaf.identity.admin;

import dk.anskaf.identity.user.UserAccount;
import dk.anskaf.identity.user.UserAccounts;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A municipal administrator manages the municipality's own users and roles (row-level security keeps
 * it to its own); the operator manages the editorial board's membership across municipalities. Every
 * change is audited.
 */
@RestController
@RequestMapping("/api/v1")
class UserAdministrationController {

    /** Roles a municipality may grant; board and operator are memberships only the operator gives. */
    static final Set<String> MUNICIPAL_ROLES = Set.of("purchaser", "editor", "administrator", "sih", "employee");

    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final CrossTenantAccess crossTenant;
    private final TransactionTemplate transactions;

    UserAdministrationController(
            UserAccounts users,
            PasswordEncoder passwords,
            AuditLog audit,
            CrossTenantAccess crossTenant,
            TransactionTemplate transactions) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.crossTenant = crossTenant;
        this.transactions = transactions;
    }

    record UserView(UUID id, String username, String displayName, String email, List<String> roles) {
        static UserView of(UserAccount user) {
            return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.roles());
        }
    }

    record NewUser(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "Kun bogstaver, tal og . _ @ -")
            String username,

            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Email @Size(max = 320) String email,

            @NotBlank @Size(min = 12, max = 128, message = "Adgangskoden skal være 12-128 tegn")
            String password,

            @NotNull List<String> roles) {}

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    List<UserView> users() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    UserView create(@Valid @RequestBody NewUser user) {
        TenantId tenant = TenantContext.require();
        checkRoles(user.roles());
        if (user.password().toLowerCase(Locale.ROOT).contains(user.username().toLowerCase(Locale.ROOT))) {
            throw ApiProblemException.invalidField("password", "Adgangskoden må ikke indeholde brugernavnet");
        }
        if (users.findByUsername(user.username()).isPresent()) {
            throw ApiProblemException.conflict("username-taken", "Brugernavnet er allerede i brug");
        }
        users.create(
                tenant,
                user.username(),
                user.displayName().strip(),
                user.email(),
                passwords.encode(user.password()),
                user.roles());
        audit.record(CurrentUser.require(), "user.created", user.username() + " roles=" + user.roles());
        return UserView.of(users.findByUsername(user.username()).orElseThrow());
    }

    @PutMapping("/users/{username}/roles")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    UserView changeRoles(@PathVariable String username, @RequestBody @NotNull List<String> roles) {
        checkRoles(roles);
        UserAccount user =
                users.findByUsername(username).orElseThrow(() -> ApiProblemException.notFound("Brugeren findes ikke"));
        List<String> kept =
                user.roles().stream().filter(r -> !MUNICIPAL_ROLES.contains(r)).toList();
        users.replaceRoles(
                user.id(),
                user.tenantId(),
                java.util.stream.Stream.concat(roles.stream(), kept.stream())
                        .distinct()
                        .toList());
        audit.record(CurrentUser.require(), "user.roles-changed", username + " roles=" + roles);
        return UserView.of(users.findByUsername(username).orElseThrow());
    }

    record BoardMembership(
            @NotBlank String tenantId,
            @NotBlank String username,
            @NotNull Boolean member) {}

    /** The operator adds or removes a member of the editorial board (kravredaktion) in any municipality. */
    @PutMapping("/board/members")
    @PreAuthorize("hasRole('OPERATOR')")
    UserView boardMembership(@Valid @RequestBody BoardMembership change) {
        CurrentUser operator = CurrentUser.require();
        UserView changed = TenantContext.callAs(
                tenantField(change.tenantId()),
                () -> transactions.execute(status -> {
                    UserAccount user = users.findByUsername(change.username())
                            .orElseThrow(() -> ApiProblemException.notFound("Brugeren findes ikke"));
                    List<String> roles = new java.util.ArrayList<>(user.roles());
                    roles.remove("board");
                    if (change.member()) {
                        roles.add("board");
                    }
                    users.replaceRoles(user.id(), user.tenantId(), roles);
                    return UserView.of(users.findByUsername(change.username()).orElseThrow());
                }));
        transactions.executeWithoutResult(status -> audit.record(
                operator,
                "board.membership-changed",
                change.tenantId() + ":" + change.username() + " member=" + change.member()));
        return changed;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'OPERATOR')")
    List<AuditLog.AuditEntry> audit() {
        if (CurrentUser.require().has(dk.anskaf.platform.security.Role.OPERATOR)) {
            return crossTenant.call("operator-audit-view", () -> transactions.execute(status -> audit.recent(500)));
        }
        return transactions.execute(status -> audit.recent(500));
    }

    private static void checkRoles(List<String> roles) {
        for (String role : roles) {
            if (!MUNICIPAL_ROLES.contains(role)) {
                throw ApiProblemException.invalidField("roles", "Ukendt eller ikke tilladt rolle: " + role);
            }
        }
    }

    /** A tenant id the operator typed: one that cannot be a tenant is the field's error, not a failure. */
    private static TenantId tenantField(String value) {
        try {
            return TenantId.of(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.invalidField("tenantId", "Myndigheden findes ikke");
        }
    }
}
