package dk.anskaf.identity.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Secrets at rest: sealed with Spring Security Crypto, old rows still readable, changes refused. */
class SecretBoxTests {

    static final String PASSPHRASE = "test-key-encryption-secret";

    final SecretBox box = new SecretBox(PASSPHRASE);

    @Test
    void aSealedSecretOpensToItselfAndCarriesTheFormatMarker() {
        String sealed = box.seal("client-secret-æøå");

        assertThat(sealed).startsWith("v2:").doesNotContain("client-secret");
        assertThat(box.open(sealed)).isEqualTo("client-secret-æøå");
    }

    @Test
    void theSameSecretIsNeverSealedToTheSameText() {
        assertThat(box.seal("same")).isNotEqualTo(box.seal("same"));
    }

    @Test
    void aChangedCiphertextIsRefused() {
        String sealed = box.seal("signing key");
        char last = sealed.charAt(sealed.length() - 1);
        String tampered = sealed.substring(0, sealed.length() - 1) + (last == '0' ? '1' : '0');

        assertThatThrownBy(() -> box.open(tampered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be decrypted");
    }

    @Test
    void aChangedSaltIsRefused() {
        String sealed = box.seal("signing key");
        String tampered = "v2:" + (sealed.charAt(3) == '0' ? '1' : '0') + sealed.substring(4);

        assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherPassphraseCannotOpenIt() {
        String sealed = box.seal("signing key");

        assertThatThrownBy(() -> new SecretBox("another-key-encryption-secret").open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another key-encryption secret");
    }

    @Test
    void aValueSealedTheOldWayIsStillReadableButNotCurrent() throws Exception {
        String old = OldFormatSecrets.seal(PASSPHRASE, "upstream secret");

        assertThat(SecretBox.isCurrent(old)).isFalse();
        assertThat(box.open(old)).isEqualTo("upstream secret");
    }

    @Test
    void aChangedOldValueIsRefused() throws Exception {
        String old = OldFormatSecrets.seal(PASSPHRASE, "upstream secret");
        String tampered = (old.charAt(20) == 'A' ? "B" : "A") + old.substring(1);
        String changed = old.substring(0, 20) + (old.charAt(20) == 'A' ? 'B' : 'A') + old.substring(21);

        assertThatThrownBy(() -> box.open(changed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShortPassphraseIsRefusedAtStart() {
        assertThatThrownBy(() -> new SecretBox("too-short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 16 characters");
    }
}
