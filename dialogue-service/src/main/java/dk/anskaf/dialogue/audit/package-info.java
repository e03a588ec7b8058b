/**
 * The dialogue's audit trail ({@code dialogue_audit}, V12): who changed what, written in the transaction of
 * the change.
 */
@NullMarked
package dk.anskaf.dialogue.audit;

import org.jspecify.annotations.NullMarked;
