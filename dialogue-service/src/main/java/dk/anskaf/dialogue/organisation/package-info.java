/**
 * Supplier organisations (leverandører) and their contacts: platform-wide, one organisation answers many
 * municipalities, identified by CVR and never derived from an e-mail domain (DOMAIN.md §5.7, §15 #2).
 */
@NullMarked
package dk.anskaf.dialogue.organisation;

import org.jspecify.annotations.NullMarked;
