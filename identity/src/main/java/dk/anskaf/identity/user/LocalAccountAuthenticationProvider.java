package dk.anskaf.identity.user;

import dk.anskaf.identity.IdentityProperties;
import dk.anskaf.identity.login.LoginRefusal;
import dk.anskaf.identity.login.MunicipalityLoginDetails;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a local account's password within the municipality chosen on "Vælg myndighed" (never across
 * municipalities). Guessing is throttled three ways (docs/security.md): per client address, per account
 * from one address (so one address cannot lock the user out everywhere), and per account from all
 * addresses (a lock in PostgreSQL). Every lock ends after its window and failures older than the window
 * are forgotten, so an attacker cannot keep an account locked by trickling guesses. Every refusal gives
 * the same message, whether the user exists, the password is wrong or a throttle applies.
 */
@Component
class LocalAccountAuthenticationProvider implements AuthenticationProvider {

    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final IdentityProperties properties;
    /** Compared against when the user does not exist, so the time taken does not reveal it either. */
    private final String noSuchUserHash;

    private final LoginThrottle throttle;

    LocalAccountAuthenticationProvider(
            UserAccounts users,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            IdentityProperties properties) {
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
        this.properties = properties;
        this.noSuchUserHash = passwords.encode("no such user");
        this.throttle = new LoginThrottle(properties.lockout(), Clock.systemUTC());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication.getDetails() instanceof MunicipalityLoginDetails details) || details.tenantId() == null) {
            throw new BadCredentialsException("Vælg myndighed først");
        }
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String address = "address:" + details.remoteAddress();
        String accountFromAddress = "account:" + details.tenantId() + "/" + username.toLowerCase(Locale.ROOT) + "@"
                + details.remoteAddress();
        if (throttle.blocked(address, properties.maxFailedLoginsPerAddress())
                || throttle.blocked(accountFromAddress, properties.maxFailedLogins())) {
            throw new BadCredentialsException(LoginRefusal.MESSAGE);
        }
        TenantId tenant = TenantId.of(details.tenantId());
        // The failure count must be committed even though the login fails, so check first, throw after.
        Outcome outcome = TenantContext.callAs(tenant, () -> transactions.execute(status -> check(username, password)));
        if (outcome instanceof Outcome.Success success) {
            throttle.forget(accountFromAddress);
            return success.authentication();
        }
        throttle.failed(address);
        throttle.failed(accountFromAddress);
        throw outcome instanceof Outcome.Locked
                ? new LockedException(LoginRefusal.MESSAGE)
                : new BadCredentialsException(LoginRefusal.MESSAGE);
    }

    private sealed interface Outcome {
        record Success(Authentication authentication) implements Outcome {}

        record Locked() implements Outcome {}

        record Rejected() implements Outcome {}
    }

    private Outcome check(String username, String password) {
        Optional<UserAccount> found = users.findByUsername(username);
        if (found.isEmpty()
                || found.get().passwordHash() == null
                || !found.get().enabled()) {
            passwords.matches(password, noSuchUserHash);
            return new Outcome.Rejected();
        }
        UserAccount user = found.get();
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(OffsetDateTime.now())) {
            return new Outcome.Locked();
        }
        if (!passwords.matches(password, user.passwordHash())) {
            users.recordFailure(user.id(), properties.maxFailedLoginsPerAccount(), properties.lockout());
            return new Outcome.Rejected();
        }
        users.recordSuccess(user.id());
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase())));
        // The password factor with its time: the ID token's auth_time comes from it.
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        User principal = new User(user.principalName(), "", authorities);
        var authenticated = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        // Standard details only: the authorization is stored as JSON, which admits Spring Security's own types.
        authenticated.setDetails(new WebAuthenticationDetails(null, null));
        return new Outcome.Success(authenticated);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
