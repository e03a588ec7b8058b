package dk.anskaf.dialogue.answering;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code elaboration_round} rows (V13), in the caller's transaction and row-level security: the
 * purchaser opens a round with a snapshot of the answers, the supplier closes it with what it changed.
 */
@Component
public class ElaborationRounds {

    /**
     * One round as the purchaser and the supplier see it.
     *
     * @param changes what the supplier changed; empty until sent back
     */
    public record Round(
            int round,
            String message,
            String requestedByName,
            OffsetDateTime requestedAt,
            @Nullable OffsetDateTime sentBackAt,
            @Nullable String sentBackBy,
            List<Change> changes) {}

    /** One answer changed in a round. */
    public record Change(
            long requirementId,
            String oldChoice,
            String newChoice,
            @Nullable String oldElaboration,
            @Nullable String newElaboration) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ElaborationRounds(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    int nextRound(UUID answerSetId) {
        return jdbc.sql("select coalesce(max(round_number), 0) + 1 from elaboration_round where answer_set_id = ?")
                .param(answerSetId)
                .query(Integer.class)
                .single();
    }

    void open(
            AnswerSet set,
            int round,
            ElaborationMessage message,
            String by,
            String byName,
            Map<Long, StoredAnswer> answers) {
        List<Map<String, @Nullable Object>> before = new ArrayList<>();
        answers.values().stream()
                .sorted((a, b) -> Long.compare(a.requirementId(), b.requirementId()))
                .forEach(a -> before.add(snapshot(a)));
        jdbc.sql("""
                        insert into elaboration_round (tenant_id, dialogue_id, answer_set_id, organisation_id,
                                                       round_number, message, requested_by, requested_by_name,
                                                       answers_before)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        """)
                .params(
                        set.tenantId(),
                        set.dialogueId(),
                        set.id(),
                        set.organisationId(),
                        round,
                        message.text(),
                        by,
                        byName,
                        json.writeValueAsString(before))
                .update();
    }

    /** The open round's number; empty when none is open. */
    Optional<Integer> openRound(UUID answerSetId) {
        return jdbc.sql("select round_number from elaboration_round where answer_set_id = ? and sent_back_at is null")
                .param(answerSetId)
                .query(Integer.class)
                .optional();
    }

    /** Closes the open round, storing what changed since it was opened; returns the changes. */
    List<Change> close(UUID answerSetId, int round, String by, Map<Long, StoredAnswer> now) {
        String before = jdbc.sql(
                        "select answers_before::text from elaboration_round where answer_set_id = ? and round_number = ?")
                .params(answerSetId, round)
                .query(String.class)
                .single();
        List<Change> changes = new ArrayList<>();
        for (JsonNode old : json.readTree(before)) {
            StoredAnswer current = now.get(old.path("requirementId").asLong());
            String oldChoice = old.path("choice").asString();
            String oldElaboration = old.path("elaboration").isNull()
                    ? null
                    : old.path("elaboration").asString();
            if (current != null
                    && (!current.choice().equals(oldChoice)
                            || !Objects.equals(current.elaboration(), oldElaboration))) {
                changes.add(new Change(
                        current.requirementId(), oldChoice, current.choice(), oldElaboration, current.elaboration()));
            }
        }
        jdbc.sql("""
                        update elaboration_round set sent_back_at = now(), sent_back_by = ?, changes = ?::jsonb
                        where answer_set_id = ? and round_number = ?
                        """)
                .params(by, json.writeValueAsString(changes), answerSetId, round)
                .update();
        return changes;
    }

    /** Every round of the set, oldest first. */
    public List<Round> rounds(UUID answerSetId) {
        return jdbc.sql("""
                        select round_number, message, requested_by_name, requested_at, sent_back_at, sent_back_by,
                               coalesce(changes, '[]'::jsonb)::text as changes
                        from elaboration_round where answer_set_id = ? order by round_number
                        """)
                .param(answerSetId)
                .query((row, n) -> new Round(
                        row.getInt("round_number"),
                        row.getString("message"),
                        row.getString("requested_by_name"),
                        row.getObject("requested_at", OffsetDateTime.class),
                        row.getObject("sent_back_at", OffsetDateTime.class),
                        row.getString("sent_back_by"),
                        List.of(json.readValue(row.getString("changes"), Change[].class))))
                .list();
    }

    private static Map<String, @Nullable Object> snapshot(StoredAnswer answer) {
        Map<String, @Nullable Object> row = new java.util.LinkedHashMap<>();
        row.put("requirementId", answer.requirementId());
        row.put("choice", answer.choice());
        row.put("elaboration", answer.elaboration());
        return row;
    }
}
