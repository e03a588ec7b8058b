package dk.anskaf.catalog.requirement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an editor sends to create a local requirement. Texts are plain text, stored as given. */
public record NewRequirement(
        @NotBlank(message = "Navn skal udfyldes") @Size(max = 255, message = "Navn må højst være 255 tegn")
        String name,

        @NotBlank(message = "Beskrivelse skal udfyldes")
        @Size(max = 20000, message = "Beskrivelse må højst være 20000 tegn")
        String description,

        @NotNull(message = "Kategori skal vælges") Integer categoryId,

        @NotNull(message = "Prioritet skal vælges")
        @Pattern(
                regexp = "OPTIONAL|NORMAL|HIGH|ABSOLUTE",
                message = "Prioritet skal være OPTIONAL, NORMAL, HIGH eller ABSOLUTE")
        String priority) {}
