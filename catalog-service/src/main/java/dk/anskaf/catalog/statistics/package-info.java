/** The public front page's counters. */
@NullMarked
package dk.anskaf.catalog.statistics;

import org.jspecify.annotations.NullMarked;
