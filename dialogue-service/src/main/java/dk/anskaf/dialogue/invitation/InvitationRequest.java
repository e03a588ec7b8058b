package dk.anskaf.dialogue.invitation;

import dk.anskaf.dialogue.organisation.NewOrganisation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Inviter leverandør": an existing organisation ({@code organisationId}) or a new one registered on the
 * way ({@code newOrganisation}), the contact's address, and the mail's Overskrift and Besked (plain text;
 * the platform refuses control characters in any body).
 */
public record InvitationRequest(
        @Nullable UUID organisationId,
        @Valid @Nullable NewOrganisation newOrganisation,

        @NotBlank(message = "Email skal udfyldes") @Size(max = 320, message = "Email må højst være 320 tegn")
        String email,

        @NotBlank(message = "Overskrift skal udfyldes")
        @Size(min = 3, max = 300, message = "Overskrift skal være 3 til 300 tegn")
        String subject,

        @NotBlank(message = "Besked skal udfyldes")
        @Size(min = 3, max = 10000, message = "Besked skal være 3 til 10000 tegn")
        String message) {}
