package dk.anskaf.dialogue.questions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code supplier-question-asked.v1} (docs/events.md): a supplier contact asked a question; the dialogue's
 * contact e-mail is told who asked and what. Sent for the dialogue's owner (the supplier has no
 * municipality); {@code owner} is not in the JSON (the CloudEvent's tenant carries it).
 *
 * @param requirementId null for a question about the dialogue as a whole
 * @param requirementLabel "1042 Gendannelse af data" (krav id and name), null with requirementId
 * @param text the question as typed (plain text, untrusted)
 */
public record SupplierQuestionAsked(
        long dialogueId,
        String title,
        String contactEmail,
        UUID questionId,
        @Nullable Long requirementId,
        @Nullable String requirementLabel,
        String organisationName,
        String text,
        @JsonIgnore TenantId owner)
        implements QuestionEvent {

    public static final String TYPE = "dk.anskaf.dialogue.supplier-question-asked.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
