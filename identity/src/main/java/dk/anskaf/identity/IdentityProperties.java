package dk.anskaf.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuer the public issuer URL (tokens' {@code iss})
 * @param gatewayRedirectUris where the gateway receives authorization codes
 * @param gatewayClientSecret the gateway's client secret
 * @param keyEncryptionSecret encrypts signing keys at rest (deployments: from a secret store)
 * @param maxFailedLogins failed attempts from one client address on one account before that address may
 *     not try the account again for {@code lockout} (the account stays open to its user elsewhere)
 * @param lockout the window failures are counted in, and how long a lock or throttle lasts
 * @param maxFailedLoginsPerAddress failed attempts from one client address, on any accounts, before the
 *     address may not try again for {@code lockout} (high enough for a municipality's staff behind one NAT
 *     address mistyping at the morning login; the per-account limits stop targeted guessing)
 * @param maxFailedLoginsPerAccount failed attempts on one account, from any addresses, before the account
 *     is locked for {@code lockout} (shared by all instances, in PostgreSQL)
 * @param demoUsers seed demo users in Favrskov, Fredericia and Horsens (local run only)
 * @param demoClientId with {@code demoClientSecret}: a demo API client of Favrskov (local run only)
 * @param publicUrl identity as browsers reach it: the address in supplier sign-in links
 * @param portalUrl the platform's public address (the gateway), where a redeemed supplier link continues
 * @param notificationClientSecret the secret of the machine client {@code anskaf-notification}, which alone
 *     may ask for supplier sign-in links; without it the client is not registered
 * @param supplierLinkRequestsPerAddress "Jeg er leverandør" requests for one address within
 *     {@code supplierLinkRequestWindow} before further ones are ignored (answered alike, nothing sent)
 * @param supplierLinkRequestsPerClient the same per client address, on any addresses
 */
@ConfigurationProperties("anskaf.identity")
public record IdentityProperties(
        String issuer,
        List<String> gatewayRedirectUris,
        @DefaultValue("http://localhost:8080/") List<String> gatewayPostLogoutRedirectUris,
        String gatewayClientSecret,
        String keyEncryptionSecret,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("50") int maxFailedLoginsPerAddress,
        @DefaultValue("20") int maxFailedLoginsPerAccount,
        @DefaultValue("false") boolean demoUsers,
        @DefaultValue("Anskaf-demo-2026!") String demoPassword,
        @DefaultValue("") String demoClientId,
        @DefaultValue("") String demoClientSecret,
        @DefaultValue("http://localhost:9000") String publicUrl,
        @DefaultValue("http://localhost:8080") String portalUrl,
        @DefaultValue("") String notificationClientSecret,
        @DefaultValue("3") int supplierLinkRequestsPerAddress,
        @DefaultValue("20") int supplierLinkRequestsPerClient,
        @DefaultValue("15m") Duration supplierLinkRequestWindow) {}
