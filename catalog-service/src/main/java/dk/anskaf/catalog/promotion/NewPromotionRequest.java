package dk.anskaf.catalog.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * "Ophøj krav": the reason (Begrundelse) and where to (Hvor skal kravet ophøjes til?): the
 * cross-municipal catalogue (default) or one of the municipality's communities.
 */
public record NewPromotionRequest(
        @NotBlank(message = "Begrundelse skal udfyldes")
        @Size(max = 2000, message = "Begrundelse må højst være 2000 tegn")
        String reason,

        @Pattern(regexp = "CROSS_MUNICIPAL|COMMUNITY", message = "Vælg CROSS_MUNICIPAL eller COMMUNITY")
        String target,

        UUID communityId) {

    boolean toCommunity() {
        return "COMMUNITY".equals(target);
    }
}
