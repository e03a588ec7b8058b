/**
 * The reminder before the deadline (issue #15, DOMAIN.md §7.1): once per dialogue and invited contact whose
 * organisation has neither finished nor declined, a configurable time before the deadline.
 */
@NullMarked
package dk.anskaf.dialogue.reminder;

import org.jspecify.annotations.NullMarked;
