/** Categories, sub-categories, domains, filters and principles: reference data the editorial board keeps. */
@NullMarked
package dk.anskaf.catalog.classification;

import org.jspecify.annotations.NullMarked;
