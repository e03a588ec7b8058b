/** Attachments (bilag) of requirements: allowed types recognised by content, storage and download. */
@NullMarked
package dk.anskaf.catalog.attachment;

import org.jspecify.annotations.NullMarked;
