package dk.anskaf.identity.supplier;

import dk.anskaf.platform.errors.ApiProblemException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/v1/supplier-sign-in-links}: notification-service asks for a fresh link right before
 * it sends a mail that carries one, so a link never waits in a queue or a table in clear. Only the machine
 * client {@code anskaf-notification} with scope {@code supplier-links} reaches it (security configuration).
 */
@RestController
class SignInLinkController {

    /** {@code dialogueId} null: the address's latest valid invitation. */
    record LinkRequest(@Nullable String email, @Nullable Long dialogueId) {}

    record LinkResponse(String url, Instant expiresAt) {}

    private final SignInLinks links;

    SignInLinkController(SignInLinks links) {
        this.links = links;
    }

    /**
     * @return 201 with the link and its expiry
     * @throws ApiProblemException 400 naming {@code email} when it is missing; 404 when the address has no
     *     valid access (to that dialogue)
     */
    @PostMapping("/internal/v1/supplier-sign-in-links")
    @ResponseStatus(HttpStatus.CREATED)
    LinkResponse issue(@RequestBody LinkRequest request) {
        String email = request.email();
        if (email == null || email.isBlank() || email.length() > 320) {
            throw ApiProblemException.invalidField("email", "Angiv den e-mailadresse, der blev inviteret");
        }
        SignInLinks.IssuedLink link = links.issue(email, request.dialogueId())
                .orElseThrow(() -> ApiProblemException.notFound("Adressen har ingen gyldig invitation"
                        + (request.dialogueId() == null ? "" : " til markedsdialogen")));
        return new LinkResponse(link.url(), link.expiresAt());
    }
}
