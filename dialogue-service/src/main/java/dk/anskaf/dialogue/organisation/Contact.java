package dk.anskaf.dialogue.organisation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contact of a supplier organisation: the address invitations and sign-in links go to (lower-case). */
public record Contact(UUID id, String email, @Nullable String name) {}
