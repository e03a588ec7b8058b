package dk.anskaf.catalog.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Ophøj krav": the reason (Begrundelse) for promoting a local requirement to the shared catalogue. */
public record NewPromotionRequest(
        @NotBlank(message = "Begrundelse skal udfyldes")
        @Size(max = 2000, message = "Begrundelse må højst være 2000 tegn")
        String reason) {}
