/** Mails about the catalogue's promotion workflow and the editorial board's meetings. */
@NullMarked
package dk.anskaf.notification.catalog;

import org.jspecify.annotations.NullMarked;
