package dk.anskaf.dialogue.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.errors.DomainException;
import org.junit.jupiter.api.Test;

class CvrTests {

    @Test
    void aNumberWhoseWeightedSumIsDivisibleByElevenIsACvrNumber() {
        // 1·2 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 + 4·1 = 110 = 10 · 11
        assertThat(Cvr.parse("12345674", "cvr").value()).isEqualTo("12345674");
        assertThat(Cvr.parse("1234 5674", "cvr").value()).isEqualTo("12345674");
    }

    @Test
    void whenTheModulusElevenCheckFailsThenTheFieldIsNamed() {
        assertThatThrownBy(() -> Cvr.parse("12345678", "cvr"))
                .isInstanceOfSatisfying(OrganisationRefused.InvalidCvr.class, e -> {
                    assertThat(e.field()).isEqualTo("cvr");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
    }

    @Test
    void whenNotExactlyEightDigitsThenItIsRefused() {
        for (String wrong : new String[] {"1234567", "123456740", "1234567a", "", "-2345674"}) {
            assertThatThrownBy(() -> Cvr.parse(wrong, "newOrganisation.cvr"))
                    .as(wrong)
                    .isInstanceOfSatisfying(
                            OrganisationRefused.InvalidCvr.class,
                            e -> assertThat(e.field()).isEqualTo("newOrganisation.cvr"));
        }
    }

    @Test
    void anAddressIsLowerCasedAndItsDomainDecidesNothing() {
        EmailAddress address = EmailAddress.parse("  Salg@Formpipe.Example ", "email");

        assertThat(address.value()).isEqualTo("salg@formpipe.example");
        assertThatThrownBy(() -> EmailAddress.parse("salg formpipe.example", "email"))
                .isInstanceOf(OrganisationRefused.InvalidEmail.class);
        assertThatThrownBy(() -> EmailAddress.parse("salg@localhost", "email"))
                .isInstanceOf(OrganisationRefused.InvalidEmail.class);
    }
}
