/** Requirements (krav): fields, owners, lists and search, revisions, delete and restore. */
@NullMarked
package dk.anskaf.catalog.requirement;

import org.jspecify.annotations.NullMarked;
