package dk.anskaf.catalog.guided;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Feign client this service publishes, called as another service would: with the caller's token
 * relayed by the platform, against this service on its real port.
 */
@AnskafIntegrationTest
class CatalogClientContractTests {

    /** The client's address is fixed when the context starts, so the port is chosen beforehand. */
    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int chosen = port;
        registry.add("server.port", () -> chosen);
        registry.add("anskaf.catalog.url", () -> "http://localhost:" + chosen);
    }

    @TestConfiguration
    @EnableFeignClients(clients = CatalogClient.class)
    static class Clients {}

    @Autowired
    CatalogClient catalog;

    @Autowired
    JwtDecoder jwtDecoder;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theUsersPortalCallsCreateReadListDeleteAndRestoreThroughTheClient() {
        var jwt = jwtDecoder.decode(CatalogApi.editor("0751", "Aarhus Kommune"));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
        String name = "Via klienten " + java.util.UUID.randomUUID();

        CatalogClient.Requirement created = catalog.create(new CatalogClient.RequirementDraft(
                name,
                "Gendan inden for {{restore_tid|4 timer|timer}}.",
                null,
                6,
                null,
                "HIGH",
                List.of(),
                true,
                List.of(),
                true,
                List.of(),
                null,
                null,
                null,
                false,
                true,
                true));
        CatalogClient.RequirementPage page = catalog.requirements(
                new CatalogClient.RequirementSearch("LOCAL", name, null, null, "ID", false, 0, 25));
        CatalogClient.Requirement deleted = catalog.delete(created.id());
        CatalogClient.Requirement restored = catalog.restore(created.id());

        assertThat(created.name()).isEqualTo(name);
        assertThat(created.type()).isEqualTo("Lokalt krav");
        assertThat(created.descriptionRendered()).isEqualTo("Gendan inden for 4 timer.");
        assertThat(created.parameters())
                .containsExactly(new CatalogClient.Parameter("restore_tid", "4 timer", "timer"));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).extracting(CatalogClient.Requirement::id).containsExactly(created.id());
        assertThat(deleted.deleted()).isTrue();
        assertThat(restored.deleted()).isFalse();
        assertThat(catalog.requirement(created.id()).priorityLabel()).isEqualTo("Vigtigt krav");
        assertThat(catalog.classifications().categories()).isNotEmpty();
        assertThat(catalog.statistics().recentlyChanged()).isNotNull();
    }

    @Test
    void aChangeNamesTheVersionItStartedFromAndAStaleOneIsRefused() {
        var jwt = jwtDecoder.decode(CatalogApi.editor("0751", "Aarhus Kommune"));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
        CatalogClient.Requirement created = catalog.create(draft("Før ændring", List.of()));

        CatalogClient.Requirement changed =
                catalog.update(created.id(), "\"" + created.version() + "\"", draft("Efter ændring", List.of(1, 2)));

        assertThat(changed.name()).isEqualTo("Efter ændring");
        assertThat(changed.domainIds()).containsExactly(1, 2);
        assertThat(changed.allDomains()).isFalse();
        assertThat(changed.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> catalog.update(
                        created.id(), "\"" + created.version() + "\"", draft("Overskriver blindt", List.of())))
                .isInstanceOfSatisfying(
                        dk.anskaf.platform.client.ServiceProblemException.PreconditionFailed.class,
                        refused -> assertThat(refused.status()).isEqualTo(412));
        assertThat(catalog.requirement(created.id()).name()).isEqualTo("Efter ændring");
    }

    /** The platform's web part reads the catalogue's problem+json, so callers see the fields it refused. */
    @Test
    void aRefusalReachesTheCallerWithItsTypeAndFieldErrors() {
        var jwt = jwtDecoder.decode(CatalogApi.editor("0751", "Aarhus Kommune"));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));

        assertThatThrownBy(() -> catalog.create(draft("", List.of())))
                .isInstanceOfSatisfying(dk.anskaf.platform.client.ServiceProblemException.BadRequest.class, refused -> {
                    assertThat(refused.type()).isEqualTo("validation");
                    assertThat(refused.fieldErrors())
                            .extracting(dk.anskaf.platform.errors.FieldError::field)
                            .contains("name");
                });
    }

    private static CatalogClient.RequirementDraft draft(String name, List<Integer> domains) {
        return new CatalogClient.RequirementDraft(
                name,
                "Beskrivelse",
                null,
                6,
                null,
                "NORMAL",
                domains,
                domains.isEmpty(),
                List.of(),
                true,
                List.of(),
                "Fortolkning",
                "Drift",
                null,
                false,
                true,
                false);
    }

    @Test
    void theIncumbentsFileIsDryRunAndConfirmedThroughTheClient() throws Exception {
        var jwt = jwtDecoder.decode(CatalogApi.editor("0101", "Københavns Kommune"));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
        byte[] sample = dk.anskaf.catalog.IncumbentSample.asLocalRequirements();
        var file = new org.springframework.mock.web.MockMultipartFile(
                "file", "kravbank.xls", "application/vnd.ms-excel", sample);

        CatalogClient.ImportReport dryRun = catalog.dryRunImport(file, "LOCAL", CatalogClient.IMPORT_TIMEOUTS);
        CatalogClient.ImportReport again = catalog.confirmImport(
                dryRun.uploadId(),
                true,
                new CatalogClient.ImportChoices(java.util.Map.of(), List.of()),
                CatalogClient.IMPORT_TIMEOUTS);
        CatalogClient.ImportReport imported = catalog.confirmImport(dryRun.uploadId(), CatalogClient.IMPORT_TIMEOUTS);

        assertThat(dryRun.dryRun()).isTrue();
        assertThat(dryRun.lines()).hasSize(1000);
        assertThat(dryRun.created()).isPositive();
        assertThat(again.dryRun()).isTrue();
        assertThat(again.created()).isEqualTo(dryRun.created());
        assertThat(dryRun.lines().getFirst().proposedParameters()).isNotNull();
        assertThat(imported.dryRun()).isFalse();
        assertThat(imported.created()).isEqualTo(dryRun.created());
        assertThatThrownBy(() -> catalog.confirmImport(dryRun.uploadId(), CatalogClient.IMPORT_TIMEOUTS))
                .isInstanceOf(dk.anskaf.platform.client.ServiceProblemException.NotFound.class);
    }

    @Test
    void guidedSelectionThroughTheClientAnswersForTheCallersMunicipality() {
        var jwt = jwtDecoder.decode(CatalogApi.editor("0751", "Aarhus Kommune"));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));

        CatalogClient.GuidedSelectionResult result =
                catalog.guidedSelection(new CatalogClient.GuidedSelectionRequest(List.of(7), Map.of(1, "JA")));

        assertThat(result.selected()).extracting(CatalogClient.Selected::id).contains(178L, 171L);
        assertThat(result.selected())
                .filteredOn(s -> s.id() == 178L)
                .singleElement()
                .satisfies(s -> assertThat(s.rationale()).isNotBlank());
        assertThat(result.possibleCount()).isGreaterThanOrEqualTo(result.selectedCount());
    }

    @Test
    void aDialoguesCandidatesAndSnapshotsComeThroughTheClientForTheCallersMunicipality() {
        var jwt = jwtDecoder.decode(CatalogApi.editor("0461", "Odense Kommune"));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
        String name = "Kandidat " + java.util.UUID.randomUUID();
        CatalogClient.Requirement own = catalog.create(new CatalogClient.RequirementDraft(
                name,
                "Gendan inden for {{restore_tid|4 timer|timer}}.",
                "Data skal hurtigt tilbage",
                6,
                null,
                "HIGH",
                List.of(7),
                false,
                List.of(),
                false,
                List.of(),
                null,
                null,
                null,
                true,
                true,
                false));
        catalog.saveLocalExtension(
                209,
                new CatalogClient.LocalExtension("Hos os: inden for arbejdstiden", null, null, false, false, null));

        CatalogClient.CandidatePage byName = catalog.dialogueCandidates(List.of(7), name, 0, 100);
        CatalogClient.CandidatePage otherDomain = catalog.dialogueCandidates(List.of(1), name, 0, 100);
        List<CatalogClient.RequirementSnapshot> snapshots =
                catalog.requirementSnapshots(new CatalogClient.SnapshotRequest(List.of(own.id(), 209L, 999_999_999L)));

        assertThat(byName.total()).isEqualTo(1);
        assertThat(byName.items()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(own.id());
            assertThat(c.description()).isEqualTo("Gendan inden for 4 timer.");
            assertThat(c.type()).isEqualTo("Lokalt krav");
            assertThat(c.category()).isNotBlank();
        });
        assertThat(otherDomain.items()).isEmpty();
        assertThat(snapshots).extracting(CatalogClient.RequirementSnapshot::id).containsExactly(209L, own.id());
        assertThat(snapshots.get(0).localDescription()).isEqualTo("Hos os: inden for arbejdstiden");
        assertThat(snapshots.get(1)).satisfies(s -> {
            assertThat(s.description()).isEqualTo("Gendan inden for {{restore_tid|4 timer|timer}}.");
            assertThat(s.parameters()).containsExactly(new CatalogClient.Parameter("restore_tid", "4 timer", "timer"));
            assertThat(s.rationale()).isEqualTo("Data skal hurtigt tilbage");
            assertThat(s.elaborationRequired()).isTrue();
            assertThat(s.saas()).isTrue();
            assertThat(s.onPremise()).isFalse();
            assertThat(s.priority()).isEqualTo("HIGH");
        });

        catalog.saveLocalExtension(
                209, new CatalogClient.LocalExtension(null, null, null, false, true, "Bruges ikke hos os"));
        assertThat(catalog.dialogueCandidates(List.of(7), "Anmodning om restore", 0, 100)
                        .items())
                .extracting(CatalogClient.Candidate::id)
                .doesNotContain(209L);
        assertThatThrownBy(() -> catalog.dialogueCandidates(List.of(7), null, 0, 500))
                .isInstanceOfSatisfying(
                        dk.anskaf.platform.client.ServiceProblemException.BadRequest.class,
                        refused -> assertThat(refused.fieldErrors())
                                .extracting(dk.anskaf.platform.errors.FieldError::field)
                                .contains("size"));
    }
}
