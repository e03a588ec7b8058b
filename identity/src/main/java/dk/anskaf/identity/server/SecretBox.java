package dk.anskaf.identity.server;

import dk.anskaf.identity.IdentityProperties;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.codec.Hex;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept in the database (signing keys, upstream client secrets) with Spring Security
 * Crypto's {@link Encryptors#stronger}: AES-256-GCM under a key derived from the key-encryption secret by
 * PBKDF2 with a random salt per value, so equal secrets never look alike and a changed byte is refused.
 *
 * <p>A sealed value reads {@code v2:<salt, hex>:<iv and ciphertext with tag, hex>}. A value without the
 * marker was written by an older identity ({@link LegacySecretReader}); {@link #open} still reads it so a
 * fleet in the middle of an upgrade keeps working, and {@link StoredSecretsMigration} rewrites it at the
 * next start.
 */
@Component
public class SecretBox {

    static final String MARKER = "v2:";
    private static final int MIN_SECRET_LENGTH = 16;

    private final String passphrase;
    private final LegacySecretReader legacy;
    private final BytesKeyGenerator salts = KeyGenerators.secureRandom(16);

    @Autowired
    SecretBox(IdentityProperties properties) {
        this(properties.keyEncryptionSecret());
    }

    SecretBox(String passphrase) {
        if (passphrase == null || passphrase.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException(
                    "anskaf.identity.key-encryption-secret must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.passphrase = passphrase;
        this.legacy = new LegacySecretReader(passphrase);
    }

    /** Seals {@code plain} in the current format ({@code v2:...}); never returns the same text twice. */
    public String seal(String plain) {
        String salt = new String(Hex.encode(salts.generateKey()));
        byte[] sealed = Encryptors.stronger(passphrase, salt).encrypt(plain.getBytes(StandardCharsets.UTF_8));
        return MARKER + salt + ":" + new String(Hex.encode(sealed));
    }

    /**
     * Opens a value written by {@link #seal} (or, until every row is rewritten, by the older scheme).
     *
     * @throws IllegalStateException when the value was changed, is not a sealed value, or was sealed under
     *     another key-encryption secret
     */
    public String open(String sealed) {
        if (!isCurrent(sealed)) {
            return legacy.open(sealed);
        }
        try {
            String[] parts = sealed.substring(MARKER.length()).split(":", 2);
            byte[] plain = Encryptors.stronger(passphrase, parts[0]).decrypt(Hex.decode(parts[1]));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "A stored secret could not be decrypted: changed, or sealed under another key-encryption secret",
                    e);
        }
    }

    /** Whether {@code sealed} is in the current format, i.e. needs no rewriting. */
    static boolean isCurrent(String sealed) {
        return sealed.startsWith(MARKER);
    }
}
