/** Message types, their default texts, placeholders and the templates municipalities and the board edit. */
@NullMarked
package dk.anskaf.notification.template;

import org.jspecify.annotations.NullMarked;
