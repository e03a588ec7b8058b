/**
 * Supplier sign-in (docs/security.md, "Supplier sign-in"): who may receive a link (from dialogue-service's
 * events), single-use sign-in links stored as hashes, their redemption into a session for principal
 * {@code supplier:<contactId>}, and "Jeg er leverandør" for a fresh link. No password exists for a supplier.
 */
@NullMarked
package dk.anskaf.identity.supplier;

import org.jspecify.annotations.NullMarked;
