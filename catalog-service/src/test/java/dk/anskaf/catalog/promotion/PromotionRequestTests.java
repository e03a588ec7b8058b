package dk.anskaf.catalog.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.events.DomainEvent;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The promotion request's transitions, without Spring or a database: every legal and illegal move. */
class PromotionRequestTests {

    static final TenantId FAVRSKOV = TenantId.of("0710");
    static final TenantId FREDERICIA = TenantId.of("0607");
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-12-03T09:00:00Z");
    static final UUID COMMUNITY = UUID.randomUUID();
    static final UUID MEETING = UUID.randomUUID();

    static final CurrentUser RITA = user("rita", FAVRSKOV, "Favrskov Kommune", Role.EDITOR);
    static final CurrentUser FRIDA = user("frida", FREDERICIA, "Fredericia Kommune", Role.EDITOR);
    static final CurrentUser BOARD = user("bo", TenantId.of("0615"), "Horsens Kommune", Role.BOARD);

    static final PromotionRequest.Subject LOCAL =
            new PromotionRequest.Subject(42, "Logning", "Sikkerhed", "Skal", true, false);

    @Test
    void aRequestIsPendingAndRecordsThatItWasRequested() {
        PromotionRequest request = requested();

        assertThat(request.status()).isEqualTo(PromotionStatus.PENDING);
        assertThat(request.tenantId()).isEqualTo("0710");
        assertThat(request.reason()).isEqualTo("Bør gælde alle");
        List<DomainEvent> events = request.pullEvents();
        assertThat(events).singleElement().isInstanceOfSatisfying(RequirementPromotionRequested.class, e -> {
            assertThat(e.requestId()).isEqualTo(request.id());
            assertThat(e.requirementName()).isEqualTo("Logning");
            assertThat(e.target()).isEqualTo("CROSS_MUNICIPAL");
            assertThat(e.municipalityName()).isEqualTo("Favrskov Kommune");
            assertThat(e.kommunekode()).isEqualTo("0710");
            assertThat(e.requestedAt()).isEqualTo(NOW.atOffset(ZoneOffset.UTC));
            assertThat(e.topic()).isEqualTo(PromotionTopics.PROMOTIONS);
            assertThat(e.type()).isEqualTo(PromotionTopics.REQUESTED);
            assertThat(e.key()).isEqualTo("42");
            assertThat(e.tenant()).as("sent for the acting municipality").isEmpty();
        });
        assertThat(request.pullEvents()).as("pulled once").isEmpty();
    }

    @Test
    void aDeletedRequirementCannotBeRequested() {
        var deleted = new PromotionRequest.Subject(42, "Logning", "Sikkerhed", "Skal", true, true);

        assertThatThrownBy(() -> PromotionRequest.request(
                        deleted, PromotionTarget.CROSS_MUNICIPAL, null, "r", RITA, FAVRSKOV, NOW))
                .isInstanceOf(PromotionRefused.RequirementDeleted.class)
                .hasFieldOrPropertyWithValue("slug", "deleted");
    }

    @Test
    void aRequirementThatIsNotLocalCannotBeRequested() {
        var shared = new PromotionRequest.Subject(42, "Logning", "Sikkerhed", "Skal", false, false);

        assertThatThrownBy(() -> PromotionRequest.request(
                        shared, PromotionTarget.COMMUNITY, COMMUNITY, "r", RITA, FAVRSKOV, NOW))
                .isInstanceOf(PromotionRefused.NotLocal.class);
    }

    @Test
    void theBoardApprovesAndTheEventIsSentForTheRequestingMunicipality() {
        PromotionRequest request = crossMunicipal();

        request.approveByBoard(BOARD, "  ", MEETING, "Logning", LATER);

        assertThat(request.status()).isEqualTo(PromotionStatus.APPROVED);
        assertThat(request.meetingId()).isEqualTo(MEETING);
        assertThat(request.decisionReason()).isNull();
        PromotionDecided decided = onlyDecision(request);
        assertThat(decided.decision()).isEqualTo("APPROVE");
        assertThat(decided.type()).isEqualTo(PromotionTopics.APPROVED);
        assertThat(decided.tenant()).contains(FAVRSKOV);
        assertThat(decided.decidedByName()).isEqualTo("bo");
        assertThat(decided.requestedByEmail()).isEqualTo("rita@0710.example");
        assertThat(decided.decidedAt()).isEqualTo(LATER.atOffset(ZoneOffset.UTC));
    }

    @Test
    void theBoardRejectsWithAReason() {
        PromotionRequest request = crossMunicipal();

        request.rejectByBoard(BOARD, " Lokalt behov ", null, "Logning", LATER);

        assertThat(request.status()).isEqualTo(PromotionStatus.REJECTED);
        assertThat(request.decisionReason()).isEqualTo("Lokalt behov");
        assertThat(onlyDecision(request).type()).isEqualTo(PromotionTopics.REJECTED);
    }

    @Test
    void aRejectionWithoutReasonIsRefusedAndChangesNothing() {
        PromotionRequest request = crossMunicipal();

        assertThatThrownBy(() -> request.rejectByBoard(BOARD, " ", null, "Logning", LATER))
                .isInstanceOf(PromotionRefused.RejectionReasonMissing.class)
                .hasFieldOrPropertyWithValue("field", "reason");
        assertThat(request.status()).isEqualTo(PromotionStatus.PENDING);
        assertThat(request.pullEvents()).isEmpty();
    }

    @Test
    void aPostponedRequestStaysPendingAndCountsThePostponement() {
        PromotionRequest request = crossMunicipal();

        request.postpone(BOARD, "Næste møde", MEETING, "Logning", LATER);
        request.postpone(BOARD, null, MEETING, "Logning", LATER);

        assertThat(request.status()).isEqualTo(PromotionStatus.PENDING);
        assertThat(request.postponedCount()).isEqualTo(2);
        assertThat(request.pullEvents())
                .extracting(DomainEvent::type)
                .containsExactly(PromotionTopics.POSTPONED, PromotionTopics.POSTPONED);
        request.approveByBoard(BOARD, null, MEETING, "Logning", LATER);
        assertThat(request.status()).isEqualTo(PromotionStatus.APPROVED);
    }

    @Test
    void theRequestingMunicipalityCancelsItsPendingRequest() {
        PromotionRequest request = crossMunicipal();
        request.postpone(BOARD, "Mangler data", MEETING, "Logning", LATER);
        request.pullEvents();

        request.cancel(RITA, FAVRSKOV, "Logning", LATER);

        assertThat(request.status()).isEqualTo(PromotionStatus.CANCELLED);
        assertThat(request.decisionReason()).as("a withdrawal gives no reason").isEqualTo("Mangler data");
        PromotionDecided cancelled = onlyDecision(request);
        assertThat(cancelled.type()).isEqualTo(PromotionTopics.CANCELLED);
        assertThat(cancelled.reason()).isNull();
    }

    @Test
    void anotherMunicipalityCannotCancelARequestItDoesNotSee() {
        PromotionRequest request = crossMunicipal();

        assertThatThrownBy(() -> request.cancel(FRIDA, FREDERICIA, "Logning", LATER))
                .isInstanceOf(PromotionRefused.RequestNotFound.class);
        assertThat(request.status()).isEqualTo(PromotionStatus.PENDING);
    }

    @Test
    void anotherMemberApprovesACommunityRequest() {
        PromotionRequest request = community();

        request.approveByCommunity(FRIDA, FREDERICIA, null, "Logning", LATER);

        assertThat(request.status()).isEqualTo(PromotionStatus.APPROVED);
        PromotionDecided approved = onlyDecision(request);
        assertThat(approved.type()).isEqualTo(PromotionTopics.APPROVED);
        assertThat(approved.tenant()).contains(FAVRSKOV);
    }

    @Test
    void anotherMemberRejectsACommunityRequestOnlyWithAReason() {
        PromotionRequest request = community();

        assertThatThrownBy(() -> request.rejectByCommunity(FRIDA, FREDERICIA, null, "Logning", LATER))
                .isInstanceOf(PromotionRefused.RejectionReasonMissing.class);
        request.rejectByCommunity(FRIDA, FREDERICIA, "Dækket af eksisterende krav", "Logning", LATER);

        assertThat(request.status()).isEqualTo(PromotionStatus.REJECTED);
        assertThat(onlyDecision(request).type()).isEqualTo(PromotionTopics.REJECTED);
    }

    @Test
    void theRequestingMunicipalityCannotDecideItsOwnCommunityRequest() {
        PromotionRequest request = community();

        assertThatThrownBy(() -> request.approveByCommunity(RITA, FAVRSKOV, null, "Logning", LATER))
                .isInstanceOf(PromotionRefused.OwnCommunityRequest.class);
        assertThat(request.status()).isEqualTo(PromotionStatus.PENDING);
        assertThat(request.pullEvents()).isEmpty();
    }

    @Test
    void eachDeciderSeesOnlyItsOwnKindOfRequest() {
        PromotionRequest toCommunity = community();
        PromotionRequest toCatalogue = crossMunicipal();

        assertThatThrownBy(() -> toCommunity.approveByBoard(BOARD, null, null, "Logning", LATER))
                .isInstanceOf(PromotionRefused.RequestNotFound.class);
        assertThatThrownBy(() -> toCommunity.postpone(BOARD, null, null, "Logning", LATER))
                .isInstanceOf(PromotionRefused.RequestNotFound.class);
        assertThatThrownBy(() -> toCommunity.cancel(RITA, FAVRSKOV, "Logning", LATER))
                .as("a community request is not withdrawn through the board's queue")
                .isInstanceOf(PromotionRefused.RequestNotFound.class);
        assertThatThrownBy(() -> toCatalogue.approveByCommunity(FRIDA, FREDERICIA, null, "Logning", LATER))
                .isInstanceOf(PromotionRefused.RequestNotFound.class);
        assertThat(List.of(toCommunity.status(), toCatalogue.status())).containsOnly(PromotionStatus.PENDING);
    }

    static Stream<Arguments> decidedRequestsAndEveryFurtherMove() {
        List<Consumer<PromotionRequest>> endings = List.of(
                r -> r.approveByBoard(BOARD, null, null, "Logning", LATER),
                r -> r.rejectByBoard(BOARD, "Nej", null, "Logning", LATER),
                r -> r.cancel(RITA, FAVRSKOV, "Logning", LATER));
        List<Consumer<PromotionRequest>> moves = List.of(
                r -> r.approveByBoard(BOARD, null, null, "Logning", LATER),
                r -> r.rejectByBoard(BOARD, "Nej", null, "Logning", LATER),
                r -> r.postpone(BOARD, null, null, "Logning", LATER),
                r -> r.cancel(RITA, FAVRSKOV, "Logning", LATER));
        return endings.stream().flatMap(ending -> moves.stream().map(move -> Arguments.of(ending, move)));
    }

    @ParameterizedTest
    @MethodSource("decidedRequestsAndEveryFurtherMove")
    void aDecidedOrCancelledRequestNeverMovesAgain(Consumer<PromotionRequest> ending, Consumer<PromotionRequest> move) {
        PromotionRequest request = crossMunicipal();
        ending.accept(request);
        PromotionStatus decided = request.status();
        request.pullEvents();

        assertThatThrownBy(() -> move.accept(request)).isInstanceOf(PromotionRefused.NotPending.class);
        assertThat(request.status()).isEqualTo(decided);
        assertThat(request.pullEvents()).isEmpty();
    }

    @Test
    void aDecidedCommunityRequestNeverMovesAgain() {
        PromotionRequest request = community();
        request.approveByCommunity(FRIDA, FREDERICIA, null, "Logning", LATER);

        assertThatThrownBy(() -> request.rejectByCommunity(FRIDA, FREDERICIA, "Nej", "Logning", LATER))
                .isInstanceOf(PromotionRefused.NotPending.class);
        assertThat(request.status()).isEqualTo(PromotionStatus.APPROVED);
    }

    /** A pending request to the cross-municipal catalogue, its request event pulled already. */
    private static PromotionRequest crossMunicipal() {
        PromotionRequest request = requested();
        request.pullEvents();
        return request;
    }

    private static PromotionRequest requested() {
        return PromotionRequest.request(
                LOCAL, PromotionTarget.CROSS_MUNICIPAL, null, " Bør gælde alle ", RITA, FAVRSKOV, NOW);
    }

    private static PromotionRequest community() {
        PromotionRequest request = PromotionRequest.request(
                LOCAL, PromotionTarget.COMMUNITY, COMMUNITY, "Til samarbejdet", RITA, FAVRSKOV, NOW);
        request.pullEvents();
        return request;
    }

    private static PromotionDecided onlyDecision(PromotionRequest request) {
        List<DomainEvent> events = request.pullEvents().stream()
                .filter(e -> e instanceof PromotionDecided)
                .toList();
        assertThat(events).hasSize(1);
        return (PromotionDecided) events.getFirst();
    }

    static CurrentUser user(String subject, TenantId tenant, String tenantName, Role role) {
        return new CurrentUser(
                subject,
                subject,
                subject + "@" + tenant.value() + ".example",
                Optional.of(tenant),
                tenantName,
                tenant.value(),
                Set.of(role));
    }
}
