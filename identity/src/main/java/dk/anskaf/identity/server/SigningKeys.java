package dk.anskaf.identity.server;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Token signing keys, kept in the database (encrypted with AES-GCM) so every identity instance signs
 * with the same key and restarts do not invalidate tokens. The newest key signs; all keys younger than
 * {@link #VERIFY_FOR} are published in the JWK set, so a rotated-out key keeps verifying the tokens it
 * signed until they expire.
 */
@Component
public class SigningKeys {

    static final Duration ROTATE_AFTER = Duration.ofDays(30);
    static final Duration VERIFY_FOR = Duration.ofDays(31);

    private final JdbcClient jdbc;
    private final SecretBox secrets;

    SigningKeys(JdbcClient jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** The key that signs new tokens; creates one when there is none or the newest is due for rotation. */
    @Transactional
    public RSAKey signingKey() {
        jdbc.sql("select pg_advisory_xact_lock(42)").query().singleValue();
        List<RSAKey> keys = load(ROTATE_AFTER);
        if (!keys.isEmpty()) {
            return keys.getFirst();
        }
        return create();
    }

    /**
     * Every key whose tokens may still be valid, newest first. The JWK set endpoint publishes only their
     * public halves; the encoder picks the signing key by id.
     */
    @Transactional
    public JWKSet keys() {
        signingKey();
        return new JWKSet(load(VERIFY_FOR).stream().map(k -> (JWK) k).toList());
    }

    /** Starts a new signing key now (operators rotate after a suspected leak). */
    @Transactional
    public RSAKey rotate() {
        return create();
    }

    private List<RSAKey> load(Duration maxAge) {
        return jdbc
                .sql("select private_jwk from signing_key where created_at > now() - make_interval(secs => ?)"
                        + " order by created_at desc")
                .param(maxAge.toSeconds())
                .query(String.class)
                .list()
                .stream()
                .map(this::decode)
                .toList();
    }

    private RSAKey create() {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            jdbc.sql("insert into signing_key (kid, private_jwk) values (?, ?)")
                    .params(key.getKeyID(), secrets.seal(key.toJSONString()))
                    .update();
            return key;
        } catch (Exception e) {
            throw new IllegalStateException("Could not create a signing key", e);
        }
    }

    private RSAKey decode(String stored) {
        try {
            return RSAKey.parse(secrets.open(stored));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("A stored signing key is not a JWK", e);
        }
    }
}
