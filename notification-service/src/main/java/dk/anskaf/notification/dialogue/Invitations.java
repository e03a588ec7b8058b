package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.template.Placeholder.*;

import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import dk.anskaf.platform.events.PoisonEventException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The mails whose {@code {link}} is the recipient's own sign-in link, issued by identity when the mail is
 * sent: the invitation to the invited address (DOMAIN.md §7.1), and a fresh link a supplier contact asked
 * for ("Jeg er leverandør", or after a used or expired link).
 */
final class Invitations {

    static final String SIGN_IN_TOPIC = "anskaf.identity.supplier-sign-in";
    static final String SIGN_IN_REQUESTED = "dk.anskaf.identity.supplier-sign-in-requested.v1";

    /** The platform, not a municipality, sends a requested link (its event's tenant is the operator). */
    static final String PLATFORM_SENDER = "Anskaf";

    /** This service's copy of dialogue-service's contract (docs/events.md). */
    record SupplierInvited(
            long dialogueId,
            @Nullable String title,
            @Nullable UUID invitationId,
            @Nullable String organisationName,
            @Nullable String email,
            @Nullable String subject,
            @Nullable String message,
            @Nullable Instant deadline,
            @Nullable String contactEmail,
            @Nullable String customerName) {}

    /** This service's copy of identity's contract (docs/events.md). */
    record SignInRequested(
            @Nullable String email,
            @Nullable String organisationName,
            @Nullable Long dialogueId) {}

    private Invitations() {}

    /**
     * In the customer's name (a joint dialogue's is the community), with the purchaser's contact e-mail as
     * Reply-To (§7.4); the subject the purchaser sent (it may be edited per invitation), else the template's.
     */
    static List<MailRequest> invitation(SupplierInvited data) {
        if (!DialogueEvents.hasAddress(data.email())) {
            throw new PoisonEventException("Invitation without the invited address");
        }
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(MARKEDSDIALOG, DialogueEvents.text(data.title()));
        values.put(LEVERANDOER, DialogueEvents.text(data.organisationName()));
        values.put(BESKED, DialogueEvents.text(data.message()));
        values.put(SLUTTID, DialogueEvents.danishTime(data.deadline()));
        return List.of(CustomerMails.withSignIn(
                        MessageType.INVITATION,
                        data.email(),
                        values,
                        data.customerName(),
                        data.contactEmail(),
                        data.dialogueId())
                .subject(data.subject()));
    }

    /** Identity publishes the request only for an invited address, rate-limited; no more is checked here. */
    static List<MailRequest> signInLink(SignInRequested data) {
        if (!DialogueEvents.hasAddress(data.email())) {
            throw new PoisonEventException("Sign-in link requested without an address");
        }
        return List.of(MailRequest.of(
                        MessageType.SUPPLIER_SIGN_IN_LINK,
                        data.email(),
                        Map.of(LEVERANDOER, DialogueEvents.text(data.organisationName())))
                .from(PLATFORM_SENDER)
                .signInFor(data.dialogueId()));
    }
}
