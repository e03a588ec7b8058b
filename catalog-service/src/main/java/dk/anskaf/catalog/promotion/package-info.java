/**
 * Promotion of a local requirement to the cross-municipal catalogue or a community, and the editorial
 * board's decisions.
 */
@NullMarked
package dk.anskaf.catalog.promotion;

import org.jspecify.annotations.NullMarked;
