package dk.anskaf.dialogue.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Opret leverandør": name and CVR. The CVR's digits and modulus 11 are checked by {@link Cvr}, so the
 * problem names {@code cvr} with one text for both.
 */
public record NewOrganisation(
        @NotBlank(message = "Navn skal udfyldes") @Size(min = 2, max = 200, message = "Navn skal være 2 til 200 tegn")
        String name,

        @NotBlank(message = "CVR-nummer skal udfyldes") String cvr) {}
