/** The pages to import a kravbank spreadsheet. */
@NullMarked
package dk.anskaf.portal.imports;

import org.jspecify.annotations.NullMarked;
