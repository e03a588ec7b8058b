package dk.anskaf.catalog.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.catalog.requirement.OwnerKind;
import dk.anskaf.platform.security.Role;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The aggregates' repositories (Spring Data JDBC) run on the platform's transaction manager, so row-level
 * security sees the bound tenant: another municipality's rows are not there, and a save at a stale
 * version fails.
 */
@AnskafIntegrationTest
class PromotionRepositoryIntegrationTests {

    static final TenantId FAVRSKOV = TenantId.of("0710");
    static final TenantId FREDERICIA = TenantId.of("0607");

    @LocalServerPort
    int port;

    @Autowired
    PromotionRequests requests;

    @Autowired
    RequirementOwnerships ownerships;

    @Autowired
    TransactionTemplate transactions;

    final JsonMapper json = JsonMapper.builder().build();
    final String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
    }

    @Test
    void aRepositoryReadUnderAnotherMunicipalityDoesNotSeeTheRow() {
        long requirementId = createRequirement("Repository " + UUID.randomUUID());
        UUID requestId = requestPromotion(requirementId);

        Optional<PromotionRequest> own = as(FAVRSKOV, () -> requests.findById(requestId));
        Optional<PromotionRequest> other = as(FREDERICIA, () -> requests.findById(requestId));
        Optional<RequirementOwnership> ownRequirement = as(FAVRSKOV, () -> ownerships.findLockedById(requirementId));
        Optional<RequirementOwnership> otherRequirement =
                as(FREDERICIA, () -> ownerships.findLockedById(requirementId));

        assertThat(own).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(PromotionStatus.PENDING);
            assertThat(r.target()).isEqualTo(PromotionTarget.CROSS_MUNICIPAL);
            assertThat(r.tenantId()).isEqualTo("0710");
        });
        assertThat(other).isEmpty();
        assertThat(as(
                        FREDERICIA,
                        () -> requests.existsByRequirementIdAndStatus(requirementId, PromotionStatus.PENDING)))
                .isFalse();
        assertThat(ownRequirement)
                .hasValueSatisfying(r -> assertThat(r.ownerKind()).isEqualTo(OwnerKind.MUNICIPALITY));
        assertThat(otherRequirement).isEmpty();
    }

    @Test
    void aSaveAtAStaleVersionFails() {
        long requirementId = createRequirement("Version " + UUID.randomUUID());
        UUID requestId = requestPromotion(requirementId);
        PromotionRequest first =
                as(FAVRSKOV, () -> requests.findById(requestId)).orElseThrow();
        PromotionRequest second =
                as(FAVRSKOV, () -> requests.findById(requestId)).orElseThrow();
        var rita = PromotionRequestTests.user("rita", FAVRSKOV, "Favrskov Kommune", Role.EDITOR);

        first.cancel(rita, FAVRSKOV, "Version", Instant.now());
        as(FAVRSKOV, () -> requests.save(first));
        second.cancel(rita, FAVRSKOV, "Version", Instant.now());

        assertThatThrownBy(() -> as(FAVRSKOV, () -> requests.save(second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(FAVRSKOV, () -> requests.findById(requestId)))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(PromotionStatus.CANCELLED));
    }

    private <T> T as(TenantId tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> transactions.execute(status -> work.get()));
    }

    private long createRequirement(String name) {
        HttpResponse<String> created = api.post("/api/v1/requirements", favrskov, CatalogApi.requirementJson(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private UUID requestPromotion(long requirementId) {
        HttpResponse<String> requested = api.post(
                "/api/v1/requirements/" + requirementId + "/promotion-requests", favrskov, "{\"reason\":\"Til alle\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        JsonNode body = json.readTree(requested.body());
        assertThat(body.get("status").asString()).isEqualTo("PENDING");
        return UUID.fromString(body.get("id").asString());
    }
}
