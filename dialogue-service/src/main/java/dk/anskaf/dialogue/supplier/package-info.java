/**
 * What the supplier side (organisations, invitations, answering) reads of a dialogue it does not own: a
 * small read model of the dialogue and its requirements, and the dialogue event stream's names.
 */
@NullMarked
package dk.anskaf.dialogue.supplier;

import org.jspecify.annotations.NullMarked;
