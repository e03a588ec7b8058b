/** Market dialogues between municipalities and suppliers. */
@NullMarked
package dk.anskaf.dialogue;

import org.jspecify.annotations.NullMarked;
