package dk.anskaf.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void aSuppliersNameBecomesLowerCaseAsciiWithDanishLettersSpeltOut() {
        assertThat(FileNames.attachment("besvarelse", 676, "Formpipe Software A/S", "xlsx"))
                .isEqualTo("attachment; filename=\"besvarelse-676-formpipe-software-a-s.xlsx\"");
        assertThat(FileNames.slug("Ærø Data – Åbenrå ApS")).isEqualTo("aeroe-data-aabenraa-aps");
        assertThat(FileNames.slug("Café Müller")).isEqualTo("cafe-muller");
    }

    @Test
    void quotesPathsAndLineBreaksNeverReachTheHeader() {
        String header =
                FileNames.attachment("besvarelse", 1, "x\"; filename=../../etc/passwd\r\nSet-Cookie: a=b", "pdf");
        assertThat(header).isEqualTo("attachment; filename=\"besvarelse-1-x-filename-etc-passwd-set-cookie-a-b.pdf\"");
        assertThat(FileNames.attachment("krav", 7, "", "xlsx")).isEqualTo("attachment; filename=\"krav-7.xlsx\"");
        assertThat(FileNames.slug("a".repeat(100))).hasSize(60);
    }
}
