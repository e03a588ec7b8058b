package dk.anskaf.identity.supplier;

import dk.anskaf.identity.IdentityProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use sign-in links for supplier contacts. A link is 256 random bits; only their SHA-256 is
 * stored, bound to the address, contact and dialogue of the access it was issued for. It expires at the
 * dialogue's deadline or 14 days after issue, whichever is first; once the deadline has passed, 14 days
 * (the supplier may still read its answers). Redeeming is one conditional update, so of two parallel
 * attempts exactly one wins.
 */
@Component
class SignInLinks {

    static final Duration LONGEST = Duration.ofDays(14);
    /** Links long expired or used are forgotten after this, so the table does not grow without bound. */
    static final Duration KEEP = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final SupplierAccesses accesses;
    private final IdentityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignInLinks(JdbcClient jdbc, SupplierAccesses accesses, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.accesses = accesses;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** A fresh link: the token only ever exists in the returned URL. */
    record IssuedLink(String url, Instant expiresAt) {}

    /** Who a redeemed link signs in, and where it continues. */
    record Redeemed(UUID contactId, long dialogueId) {}

    /**
     * Issues a link for the valid access of {@code email} (to {@code dialogueId}, or to the latest
     * dialogue it was invited to); empty when there is none.
     */
    @Transactional
    Optional<IssuedLink> issue(String email, @Nullable Long dialogueId) {
        Optional<SupplierAccess> access = accesses.valid(email, dialogueId);
        if (access.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant expiresAt = expiry(now, access.get().deadline());
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("delete from supplier_sign_in_link where expires_at < ?")
                .param(java.sql.Timestamp.from(now.minus(KEEP)))
                .update();
        jdbc.sql("insert into supplier_sign_in_link (token_hash, email, contact_id, dialogue_id, issued_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        hash(token),
                        access.get().email(),
                        access.get().contactId(),
                        access.get().dialogueId(),
                        java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(expiresAt))
                .update();
        return Optional.of(new IssuedLink(
                withoutTrailingSlash(properties.publicUrl()) + "/leverandoer/login?token=" + token, expiresAt));
    }

    static Instant expiry(Instant now, @Nullable Instant deadline) {
        Instant latest = now.plus(LONGEST);
        return deadline != null && deadline.isAfter(now) && deadline.isBefore(latest) ? deadline : latest;
    }

    /**
     * Uses the link up if it is unused, unexpired and its access still valid (the dialogue not cancelled);
     * the target dialogue is the one stored with it, never one the request names.
     */
    @Transactional
    Optional<Redeemed> redeem(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update supplier_sign_in_link l set used_at = now()
                        where l.token_hash = ? and l.used_at is null and l.expires_at > now()
                          and exists (select 1 from supplier_access a
                                      where a.contact_id = l.contact_id and a.dialogue_id = l.dialogue_id
                                        and a.email = l.email and a.ended_at is null)
                        returning l.contact_id, l.dialogue_id
                        """)
                .param(hash(token))
                .query((rs, n) -> new Redeemed(rs.getObject("contact_id", UUID.class), rs.getLong("dialogue_id")))
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
