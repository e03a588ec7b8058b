package dk.anskaf.dialogue.questions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code question-answered.v1} (docs/events.md): a question was answered, or its private answer published.
 * It never names who asked: a published answer goes to every supplier. {@code supplierEmails} are the
 * addresses to mail, each once: for PRIVATE the asking organisation's invited contacts, for PUBLISHED every
 * invited contact of an organisation that has not declined.
 *
 * @param customerName the municipality (or community) that owns the dialogue, the mail's sender
 * @param visibility PRIVATE or PUBLISHED
 * @param questionText and {@code answerText} as typed (plain text, untrusted)
 */
public record QuestionAnswered(
        long dialogueId,
        String title,
        String contactEmail,
        String customerName,
        UUID questionId,
        @Nullable Long requirementId,
        @Nullable String requirementLabel,
        String questionText,
        String answerText,
        String visibility,
        List<String> supplierEmails,
        @JsonIgnore TenantId owner)
        implements QuestionEvent {

    public static final String TYPE = "dk.anskaf.dialogue.question-answered.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
