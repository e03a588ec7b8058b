/** catalog-service: the requirement catalogue (krav), its promotion workflow, exports and imports. */
@NullMarked
package dk.anskaf.catalog;

import org.jspecify.annotations.NullMarked;
