/** The job that closes active dialogues at their deadline, or early when every supplier is done. */
@NullMarked
package dk.anskaf.dialogue.deadline;

import org.jspecify.annotations.NullMarked;
