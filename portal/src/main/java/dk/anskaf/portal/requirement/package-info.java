/** The requirement pages: lists, view, form, attachments and local extensions. */
@NullMarked
package dk.anskaf.portal.requirement;

import org.jspecify.annotations.NullMarked;
