package dk.anskaf.identity.server;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, before the server accepts requests: opens every stored secret (signing keys, upstream
 * client secrets) and rewrites those still in the old format with {@link SecretBox#seal}. A wrong
 * key-encryption secret therefore stops the start with a message naming the row, instead of failing the
 * first login. Idempotent and safe with several instances starting at once: one transaction under an
 * advisory lock, and a row is only replaced while it still holds the value that was read.
 */
@Component
class StoredSecretsMigration implements SmartInitializingSingleton {

    /** Distinct from the signing-key lock (42) so a start does not wait on token issuance. */
    private static final long LOCK = 43;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SecretBox secrets;

    StoredSecretsMigration(JdbcClient jdbc, TransactionTemplate transactions, SecretBox secrets) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.secrets = secrets;
    }

    @Override
    public void afterSingletonsInstantiated() {
        migrate();
    }

    /**
     * @return how many rows were rewritten from the old format
     * @throws IllegalStateException when a stored secret cannot be opened with the configured secret
     */
    int migrate() {
        Integer rewritten = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
            return signingKeys() + clientSecrets();
        });
        return rewritten == null ? 0 : rewritten;
    }

    private int signingKeys() {
        return rewriteOldRows(
                "signing key ",
                "select kid as id, private_jwk as sealed from signing_key",
                "update signing_key set private_jwk = ? where kid = ? and private_jwk = ?");
    }

    private int clientSecrets() {
        return rewriteOldRows(
                "upstream client secret of tenant ",
                "select tenant_id as id, oidc_client_secret as sealed from tenant where oidc_client_secret is not null",
                "update tenant set oidc_client_secret = ? where tenant_id = ? and oidc_client_secret = ?");
    }

    /** Opens every row {@code select} finds; {@code update} replaces an old-format value it still holds. */
    private int rewriteOldRows(String what, String select, String update) {
        int rewritten = 0;
        for (Stored row : jdbc.sql(select).query(Stored.class).list()) {
            String plain = open(row, what + row.id());
            if (!SecretBox.isCurrent(row.sealed())) {
                rewritten += jdbc.sql(update)
                        .params(secrets.seal(plain), row.id(), row.sealed())
                        .update();
            }
        }
        return rewritten;
    }

    private String open(Stored row, String what) {
        try {
            return secrets.open(row.sealed());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "Cannot open the stored " + what
                            + ": is anskaf.identity.key-encryption-secret (ANSKAF_IDENTITY_KEY_SECRET) the one it"
                            + " was sealed with?",
                    e);
        }
    }

    private record Stored(String id, String sealed) {}
}
