package dk.anskaf.dialogue.review;

import dk.anskaf.dialogue.answering.Elaborations;
import dk.anskaf.dialogue.audit.DialogueAudit;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.ProblemTypes;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchaser's review: one transaction per use case, the visibility rule asked of the view first, the
 * change and its audit row stored together. The purchaser never writes an answer; the review is kept in
 * {@code answer_review}, which a supplier may read but never write (row-level security).
 */
@Service
class Reviews {

    static final Set<String> STATUSES =
            Set.of("NONE", "ACCEPTED", "ACCEPTED_WITH_COMMENT", "REJECTED", "ELABORATION_NEEDED");
    /** Accepteret med kommentar and Uddybelse nødvendig say what the comment is for. */
    static final Set<String> NEED_COMMENT = Set.of("ACCEPTED_WITH_COMMENT", "ELABORATION_NEEDED");

    static final int MAX_COMMENT = 5_000;

    private final ReviewQueries queries;
    private final JdbcClient jdbc;
    private final DialogueAudit audit;
    private final Elaborations elaborations;

    Reviews(ReviewQueries queries, JdbcClient jdbc, DialogueAudit audit, Elaborations elaborations) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.audit = audit;
        this.elaborations = elaborations;
    }

    @Transactional(readOnly = true)
    List<ReviewViews.AnswerSetOverview> overview(long dialogueId) {
        return queries.overview(dialogueId);
    }

    /** @throws ReviewRefused.AnswersNotVisible when the visibility rule hides the set's answers now */
    @Transactional(readOnly = true)
    ReviewViews.SupplierAnswers answers(long dialogueId, UUID answerSetId) {
        return queries.answers(dialogueId, queries.requireVisible(dialogueId, answerSetId));
    }

    /**
     * "Status og bemærkning" on one answer.
     *
     * @param expectedVersion the review's version as read (0 before the first review)
     * @throws ReviewRefused.UnknownStatus, CommentMissing, CommentTooLong on the field at fault
     * @throws ApiProblemException 412 {@code stale-version} when someone reviewed the answer meanwhile
     */
    @Transactional
    ReviewViews.Review review(
            long dialogueId,
            UUID answerSetId,
            long requirementId,
            int expectedVersion,
            ReviewViews.ReviewInput input,
            CurrentUser purchaser) {
        String status = status(input.status());
        String comment = comment(input.comment(), status);
        ReviewViews.AnswerSetOverview set = queries.requireVisible(dialogueId, answerSetId);
        String kravId = queries.kravId(dialogueId, requirementId)
                .orElseThrow(() -> new ReviewRefused.RequirementNotFound(requirementId));
        Optional<Map<String, Object>> current =
                jdbc.sql("""
                        select status, version from answer_review
                        where answer_set_id = ? and requirement_id = ? for update
                        """).params(answerSetId, requirementId).query().listOfRows().stream()
                        .findFirst();
        int version =
                current.map(row -> ((Number) row.get("version")).intValue()).orElse(0);
        if (version != expectedVersion) {
            throw stale();
        }
        ReviewViews.Review saved = jdbc.sql("""
                        insert into answer_review (answer_set_id, requirement_id, organisation_id, status, comment,
                                                   reviewed_by, reviewed_by_name, reviewed_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, now(), 1)
                        on conflict (answer_set_id, requirement_id) do update set
                            status = excluded.status, comment = excluded.comment,
                            reviewed_by = excluded.reviewed_by, reviewed_by_name = excluded.reviewed_by_name,
                            reviewed_at = excluded.reviewed_at, version = answer_review.version + 1
                        where answer_review.version = ?
                        returning status, comment, reviewed_by_name, reviewed_at, version
                        """)
                .params(
                        answerSetId,
                        requirementId,
                        set.organisationId(),
                        status,
                        comment,
                        purchaser.subject(),
                        purchaser.name(),
                        expectedVersion)
                .query((row, n) -> new ReviewViews.Review(
                        row.getString("status"),
                        row.getString("comment"),
                        row.getString("reviewed_by_name"),
                        row.getObject("reviewed_at", OffsetDateTime.class),
                        row.getInt("version")))
                .optional()
                .orElseThrow(Reviews::stale);
        audit.record(
                TenantContext.require().value(),
                dialogueId,
                purchaser.subject(),
                purchaser.name(),
                DialogueAudit.ANSWER_STATUS,
                set.organisationName() + " / " + kravId,
                current.map(row -> (String) row.get("status")).orElse("NONE"),
                status);
        return saved;
    }

    /**
     * "Anmod leverandør om yderligere uddybning": only for a set whose answers the purchaser may read.
     *
     * @return the set's answers with the new round
     */
    @Transactional
    ReviewViews.SupplierAnswers requestElaboration(
            long dialogueId, UUID answerSetId, @Nullable String message, CurrentUser purchaser) {
        queries.requireVisible(dialogueId, answerSetId);
        elaborations.request(dialogueId, answerSetId, message, purchaser);
        return queries.answers(dialogueId, queries.requireVisible(dialogueId, answerSetId));
    }

    private static String status(@Nullable String value) {
        String status = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw new ReviewRefused.UnknownStatus();
        }
        return status;
    }

    private static @Nullable String comment(@Nullable String value, String status) {
        String comment = value == null || value.isBlank() ? null : value.strip();
        if (comment == null && NEED_COMMENT.contains(status)) {
            throw new ReviewRefused.CommentMissing();
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new ReviewRefused.CommentTooLong(MAX_COMMENT);
        }
        return comment;
    }

    private static ApiProblemException stale() {
        return new ApiProblemException(
                HttpStatus.PRECONDITION_FAILED,
                ProblemTypes.of("stale-version"),
                "Status og bemærkning er ændret",
                "Nogen har ændret status og bemærkning på svaret imens; hent svaret igen og gentag ændringen",
                List.of());
    }
}
