/**
 * What market dialogues read from the catalogue in one call each: the candidate list of a dialogue's
 * domains and full snapshots of chosen requirements, both under the caller's row-level security.
 */
@NullMarked
package dk.anskaf.catalog.snapshot;

import org.jspecify.annotations.NullMarked;
