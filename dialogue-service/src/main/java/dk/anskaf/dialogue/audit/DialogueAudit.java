package dk.anskaf.dialogue.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends rows to {@code dialogue_audit} (V12; append-only: the application role may not change a row) in
 * the caller's transaction, so a change and its audit row are stored together or not at all. The tenant
 * is named explicitly because a supplier (who has no municipality) writes rows too; V13's policy lets it
 * write only for a dialogue it has an answer set in, under that dialogue's municipality.
 */
@Component
public class DialogueAudit {

    /** Actions of the review part (V12 lists the others). */
    public static final String ANSWER_STATUS = "ANSWER_STATUS";

    public static final String ELABORATION_REQUESTED = "ELABORATION_REQUESTED";
    public static final String ELABORATION_SENT = "ELABORATION_SENT";

    private final JdbcClient jdbc;

    public DialogueAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param subject what the change concerns beyond the dialogue, e.g. "Formpipe Software A/S / K-112"
     */
    public void record(
            String tenant,
            long dialogueId,
            String actor,
            String actorName,
            String action,
            @Nullable String subject,
            @Nullable String oldValue,
            @Nullable String newValue) {
        jdbc.sql("""
                        insert into dialogue_audit (tenant_id, dialogue_id, actor, actor_name, action, subject,
                                                    old_value, new_value)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(tenant, dialogueId, cut(actor), cut(actorName), action, subject, oldValue, newValue)
                .update();
    }

    private static String cut(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200);
    }
}
