package dk.anskaf.identity.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads secrets sealed by identity before the {@code v2:} format: AES-GCM under the SHA-256 of the
 * key-encryption secret (no key derivation, no salt), stored as base64 of IV and ciphertext. Read-only,
 * used by {@link SecretBox#open} and {@link StoredSecretsMigration} to rewrite old rows once.
 *
 * <p>Delete this class, and the fallback in {@link SecretBox#open}, once every deployment has started on
 * a version with {@link StoredSecretsMigration} (then no row without the marker remains).
 */
final class LegacySecretReader {

    private final SecretKeySpec key;

    LegacySecretReader(String passphrase) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passphrase.getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String open(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "A stored secret (old format) could not be decrypted: changed, or sealed under another"
                            + " key-encryption secret",
                    e);
        }
    }
}
