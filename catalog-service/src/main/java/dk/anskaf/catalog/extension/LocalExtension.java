package dk.anskaf.catalog.extension;

import jakarta.validation.constraints.Size;

/**
 * The current municipality's extension of a requirement: Lokal beskrivelse, Fortolkning, Interessenter,
 * Favoritkrav and Fravælg krav with its required reason.
 */
public record LocalExtension(
        @Size(max = 20000, message = "Lokal beskrivelse må højst være 20000 tegn")
        String localDescription,

        @Size(max = 20000, message = "Fortolkning må højst være 20000 tegn")
        String interpretation,

        @Size(max = 255, message = "Interessenter må højst være 255 tegn")
        String stakeholders,

        Boolean favourite,
        Boolean optedOut,

        @Size(max = 2000, message = "Årsag må højst være 2000 tegn")
        String optOutReason) {

    public boolean isFavourite() {
        return Boolean.TRUE.equals(favourite);
    }

    public boolean isOptedOut() {
        return Boolean.TRUE.equals(optedOut);
    }
}
