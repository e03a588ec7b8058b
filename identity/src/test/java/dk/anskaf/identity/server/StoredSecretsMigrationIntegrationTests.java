package dk.anskaf.identity.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dk.anskaf.identity.IdentityIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows sealed by an older identity are read once and rewritten in the current format; a wrong
 * key-encryption secret stops the start. Keys are inserted as older than any verification window so
 * they never sign or verify the other tests' tokens.
 */
@IdentityIntegrationTest
class StoredSecretsMigrationIntegrationTests {

    static final String PASSPHRASE = "test-key-encryption-secret";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SecretBox secrets;

    @Autowired
    StoredSecretsMigration migration;

    @Test
    void anOldSigningKeyIsReadAndRewrittenOnceInTheNewFormat() throws Exception {
        RSAKey key =
                new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        insertOldSigningKey(key.getKeyID(), OldFormatSecrets.seal(PASSPHRASE, key.toJSONString()));

        int rewritten = migration.migrate();

        String stored = storedSigningKey(key.getKeyID());
        assertThat(rewritten).isGreaterThanOrEqualTo(1);
        assertThat(stored).startsWith("v2:");
        assertThat(RSAKey.parse(secrets.open(stored))).isEqualTo(key);
        assertThat(migration.migrate()).isZero();
        assertThat(storedSigningKey(key.getKeyID())).isEqualTo(stored);
    }

    @Test
    void anOldUpstreamClientSecretIsRewrittenInTheNewFormat() throws Exception {
        jdbc.sql("update tenant set oidc_client_secret = ? where tenant_id = '0101'")
                .param(OldFormatSecrets.seal(PASSPHRASE, "københavns-upstream-secret"))
                .update();

        migration.migrate();

        String stored = jdbc.sql("select oidc_client_secret from tenant where tenant_id = '0101'")
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v2:");
        assertThat(secrets.open(stored)).isEqualTo("københavns-upstream-secret");
    }

    @Test
    void aWrongKeyEncryptionSecretFailsTheStartNamingTheSetting() throws Exception {
        RSAKey key =
                new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        insertOldSigningKey(key.getKeyID(), secrets.seal(key.toJSONString()));
        StoredSecretsMigration withWrongSecret =
                new StoredSecretsMigration(jdbc, transactions, new SecretBox("not-the-key-encryption-secret"));

        assertThatThrownBy(withWrongSecret::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot open the stored")
                .hasMessageContaining("anskaf.identity.key-encryption-secret");
        assertThat(storedSigningKey(key.getKeyID())).startsWith("v2:");
    }

    private void insertOldSigningKey(String kid, String sealed) {
        jdbc.sql("insert into signing_key (kid, private_jwk, created_at) values (?, ?, now() - interval '400 days')")
                .params(kid, sealed)
                .update();
    }

    private String storedSigningKey(String kid) {
        return jdbc.sql("select private_jwk from signing_key where kid = ?")
                .param(kid)
                .query(String.class)
                .single();
    }
}
