package dk.anskaf.identity.server;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dk.anskaf.identity.IdentityProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();

    SigningKeys(JdbcClient jdbc, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.encryptionKey = new SecretKeySpec(sha256(properties.keyEncryptionSecret()), "AES");
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
                .map(this::decrypt)
                .toList();
    }

    private RSAKey create() {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            jdbc.sql("insert into signing_key (kid, private_jwk) values (?, ?)")
                    .params(key.getKeyID(), encrypt(key.toJSONString()))
                    .update();
            return key;
        } catch (Exception e) {
            throw new IllegalStateException("Could not create a signing key", e);
        }
    }

    private String encrypt(String plain) throws Exception {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                        .put(iv)
                        .put(sealed)
                        .array());
    }

    private RSAKey decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, all, 0, 12));
            return RSAKey.parse(new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("A signing key could not be decrypted: wrong key-encryption secret?", e);
        }
    }

    private static byte[] sha256(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("anskaf.identity.key-encryption-secret must be at least 16 characters");
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
