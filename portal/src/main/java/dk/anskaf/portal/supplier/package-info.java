/**
 * The supplier area ({@code /leverandoer/**}): a supplier contact's market dialogues, the dialogue page
 * (operating model, IT system, copy answers, finish, decline) and answering one requirement at a time
 * (DOMAIN.md §5.8–5.9). Everything is read from and saved to dialogue-service through {@code
 * DialogueClient}'s supplier endpoints, which check every rule; the pages show its refusals with what the
 * user typed. Only supplier tokens reach these pages ({@code PortalSecurity}).
 */
@NullMarked
package dk.anskaf.portal.supplier;

import org.jspecify.annotations.NullMarked;
