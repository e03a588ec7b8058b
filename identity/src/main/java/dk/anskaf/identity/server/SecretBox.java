package dk.anskaf.identity.server;

import dk.anskaf.identity.IdentityProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** Encrypts secrets kept in the database (signing keys, upstream client secrets) with AES-GCM. */
@Component
public class SecretBox {

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(IdentityProperties properties) {
        this.key = new SecretKeySpec(sha256(properties.keyEncryptionSecret()), "AES");
    }

    public String seal(String plain) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (Exception e) {
            throw new IllegalStateException("Could not encrypt a secret", e);
        }
    }

    public String open(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("A stored secret could not be decrypted: wrong key-encryption secret?", e);
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
