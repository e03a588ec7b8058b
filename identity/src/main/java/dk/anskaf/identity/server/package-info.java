/** The authorization server: clients, signing keys, token claims and secrets at rest. */
@NullMarked
package dk.anskaf.identity.server;

import org.jspecify.annotations.NullMarked;
