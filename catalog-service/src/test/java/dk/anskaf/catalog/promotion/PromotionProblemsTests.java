package dk.anskaf.catalog.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.requirement.RequirementNotFound;
import dk.anskaf.platform.errors.DomainException;
import dk.anskaf.platform.errors.DomainProblems;
import dk.anskaf.platform.errors.ProblemMessages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/**
 * The promotion feature's domain errors as clients see them: the status and type they always had
 * (docs/api.md), and a text in Danish and English for each.
 */
class PromotionProblemsTests {

    static final UUID ID = UUID.randomUUID();

    static final List<DomainException> ALL = List.of(
            new RequirementNotFound(42),
            new PromotionRefused.AlreadyPending(42),
            new PromotionRefused.NotLocal(42),
            new PromotionRefused.RequirementDeleted(42),
            new PromotionRefused.NotCommunityMember(),
            new PromotionRefused.RequestNotFound(ID),
            new PromotionRefused.NotPending(ID, PromotionStatus.APPROVED),
            new PromotionRefused.RejectionReasonMissing(),
            new PromotionRefused.OwnCommunityRequest(ID),
            new PromotionRefused.MeetingInPast(),
            new PromotionRefused.MeetingExists());

    @Test
    void everyErrorKeepsTheStatusAndTypeItHad() {
        Map<Class<?>, String> expected = Map.ofEntries(
                Map.entry(RequirementNotFound.class, "404 not-found"),
                Map.entry(PromotionRefused.AlreadyPending.class, "409 promotion-pending"),
                Map.entry(PromotionRefused.NotLocal.class, "409 not-local"),
                Map.entry(PromotionRefused.RequirementDeleted.class, "409 deleted"),
                Map.entry(PromotionRefused.NotCommunityMember.class, "400 validation"),
                Map.entry(PromotionRefused.RequestNotFound.class, "404 not-found"),
                Map.entry(PromotionRefused.NotPending.class, "404 not-found"),
                Map.entry(PromotionRefused.RejectionReasonMissing.class, "400 validation"),
                Map.entry(PromotionRefused.OwnCommunityRequest.class, "403 forbidden"),
                Map.entry(PromotionRefused.MeetingInPast.class, "400 validation"),
                Map.entry(PromotionRefused.MeetingExists.class, "409 meeting-exists"));

        for (DomainException e : ALL) {
            ProblemDetail problem = DomainProblems.toProblem(e, ProblemMessages.DANISH);
            assertThat(problem.getStatus() + " "
                            + problem.getType().toString().replace("https://anskaf.dk/problems/", ""))
                    .as(e.slug())
                    .isEqualTo(expected.get(e.getClass()));
        }
    }

    @Test
    void everyErrorHasADanishAndAnEnglishText() {
        for (DomainException e : ALL) {
            ProblemDetail danish = DomainProblems.toProblem(e, ProblemMessages.DANISH);
            ProblemDetail english = DomainProblems.toProblem(e, Locale.ENGLISH);

            assertThat(textOf(danish)).as(e.slug()).isNotBlank().isNotEqualTo(textOf(english));
            assertThat(textOf(english)).as(e.slug()).isNotBlank();
        }
    }

    @Test
    void theTextsClientsShowAreTheOnesTheyHad() {
        assertThat(DomainProblems.toProblem(new PromotionRefused.AlreadyPending(42), ProblemMessages.DANISH)
                        .getDetail())
                .isEqualTo("Kravet har allerede en anmodning, der afventer");
        ProblemDetail member =
                DomainProblems.toProblem(new PromotionRefused.NotCommunityMember(), ProblemMessages.DANISH);
        assertThat(member.getProperties()).containsKey("errors");
        assertThat(member.getProperties().get("errors").toString())
                .contains("communityId")
                .contains("Vælg et samarbejde, din kommune er medlem af");
    }

    /** A field error's text is in {@code errors}, any other's is the detail. */
    private static String textOf(ProblemDetail problem) {
        Object errors =
                problem.getProperties() == null ? null : problem.getProperties().get("errors");
        return errors == null ? problem.getDetail() : errors.toString();
    }
}
