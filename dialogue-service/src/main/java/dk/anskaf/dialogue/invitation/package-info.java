/**
 * "Inviter leverandør" (DOMAIN.md §5.7): the purchaser invites a contact of a supplier organisation into an
 * active dialogue; one answer set per organisation and dialogue; the status per supplier.
 */
@NullMarked
package dk.anskaf.dialogue.invitation;

import org.jspecify.annotations.NullMarked;
