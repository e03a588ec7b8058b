/**
 * "Besvar offline" (issue #15): the supplier downloads its answer sheet, fills it in Excel, uploads it,
 * reads the dry run row by row and confirms it.
 */
@NullMarked
package dk.anskaf.portal.supplier.offline;

import org.jspecify.annotations.NullMarked;
