-- Identity rewrites signing keys sealed in the old format at start (StoredSecretsMigration).
grant update (private_jwk) on signing_key to ${app_role};
