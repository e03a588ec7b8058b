/**
 * A municipality's integration clients for the read API (docs/api.md "Read API for municipalities"): the
 * municipal administrator creates, rotates and revokes them; the secret is shown once and stored only as a
 * bcrypt hash; every change is audited.
 */
@NullMarked
package dk.anskaf.identity.integration;

import org.jspecify.annotations.NullMarked;
