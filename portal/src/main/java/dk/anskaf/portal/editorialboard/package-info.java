/** The editorial board's pages: promotion requests, meetings and classifications. */
@NullMarked
package dk.anskaf.portal.editorialboard;

import org.jspecify.annotations.NullMarked;
