package dk.anskaf.catalog.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.catalog.requirement.OwnerKind;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The change of owner of an approved requirement, without Spring or a database. */
class RequirementOwnershipTests {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void movingToTheCrossMunicipalCatalogueLeavesTheOldOwnersTextsWithIt() {
        RequirementOwnership requirement = local("Vores fortolkning", "IT-afdelingen", "Intern note", null);

        RequirementOwnership.LeftWithOldOwner left =
                requirement.handOverTo(PromotionTarget.CROSS_MUNICIPAL, null, "bo", NOW);

        assertThat(requirement.ownerKind()).isEqualTo(OwnerKind.CROSS_MUNICIPAL);
        assertThat(requirement.tenantId()).isNull();
        assertThat(requirement.communityId()).isNull();
        assertThat(requirement.notes())
                .as("editor notes leave the shared requirement")
                .isNull();
        assertThat(left)
                .isEqualTo(new RequirementOwnership.LeftWithOldOwner("0710", "Vores fortolkning", "IT-afdelingen"));
        assertThat(left.isEmpty()).isFalse();
    }

    @Test
    void movingToACommunityNamesTheCommunity() {
        UUID community = UUID.randomUUID();
        RequirementOwnership requirement = local(null, null, null, null);

        RequirementOwnership.LeftWithOldOwner left =
                requirement.handOverTo(PromotionTarget.COMMUNITY, community, "frida", NOW);

        assertThat(requirement.ownerKind()).isEqualTo(OwnerKind.COMMUNITY);
        assertThat(requirement.communityId()).isEqualTo(community);
        assertThat(left.isEmpty()).isTrue();
    }

    @Test
    void aRequirementMovedAlreadyIsNotMovedAgain() {
        RequirementOwnership requirement = local(null, null, null, null);
        requirement.handOverTo(PromotionTarget.CROSS_MUNICIPAL, null, "bo", NOW);

        assertThatThrownBy(() -> requirement.handOverTo(PromotionTarget.CROSS_MUNICIPAL, null, "bo", NOW))
                .isInstanceOf(PromotionRefused.NotLocal.class);
        assertThat(requirement.ownerKind()).isEqualTo(OwnerKind.CROSS_MUNICIPAL);
    }

    @Test
    void aDeletedRequirementIsNotMoved() {
        RequirementOwnership requirement = local("Fortolkning", null, null, NOW.minusSeconds(60));

        assertThatThrownBy(() -> requirement.handOverTo(PromotionTarget.CROSS_MUNICIPAL, null, "bo", NOW))
                .isInstanceOf(PromotionRefused.RequirementDeleted.class);
        assertThat(requirement.ownerKind()).isEqualTo(OwnerKind.MUNICIPALITY);
        assertThat(requirement.tenantId()).isEqualTo("0710");
    }

    @Test
    void aCommunityOwnerIsNamedByItsCommunityAndOnlyIt() {
        assertThatThrownBy(() -> local(null, null, null, null).handOverTo(PromotionTarget.COMMUNITY, null, "f", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> local(null, null, null, null)
                        .handOverTo(PromotionTarget.CROSS_MUNICIPAL, UUID.randomUUID(), "f", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RequirementOwnership local(
            String interpretation, String stakeholders, String notes, Instant deletedAt) {
        return new RequirementOwnership(
                42,
                OwnerKind.MUNICIPALITY,
                "0710",
                null,
                interpretation,
                stakeholders,
                notes,
                deletedAt,
                "rita",
                NOW,
                3);
    }
}
