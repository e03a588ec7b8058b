/**
 * The supplier's "Spørgsmål og svar" of a dialogue: ask about a requirement or the dialogue as a whole while
 * it is Aktiv, read the answers to its own questions and those the municipality published to everyone.
 */
@NullMarked
package dk.anskaf.portal.supplier.questions;

import org.jspecify.annotations.NullMarked;
