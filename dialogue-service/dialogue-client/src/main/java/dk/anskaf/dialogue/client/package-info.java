/** The Feign client the portal uses to call dialogue-service, relaying the caller's token. */
@NullMarked
package dk.anskaf.dialogue.client;

import org.jspecify.annotations.NullMarked;
