package dk.anskaf.catalog.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Ophøj krav": the reason (Begrundelse) and where to (Hvor skal kravet ophøjes til?): the
 * cross-municipal catalogue (default) or one of the municipality's communities.
 */
public record NewPromotionRequest(
        @NotBlank(message = "Begrundelse skal udfyldes")
        @Size(max = 2000, message = "Begrundelse må højst være 2000 tegn")
        String reason,

        @Pattern(regexp = "CROSS_MUNICIPAL|COMMUNITY", message = "Vælg CROSS_MUNICIPAL eller COMMUNITY") @Nullable
        String target,

        @Nullable UUID communityId) {

    PromotionTarget promotionTarget() {
        return target == null ? PromotionTarget.CROSS_MUNICIPAL : PromotionTarget.valueOf(target);
    }

    /** The community asked for, only for a community request. */
    @Nullable
    UUID community() {
        return promotionTarget() == PromotionTarget.COMMUNITY ? communityId : null;
    }
}
