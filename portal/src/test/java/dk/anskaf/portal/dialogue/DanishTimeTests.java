package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A purchaser's date and time in Danish time, as the instant dialogue-service keeps, and back. */
class DanishTimeTests {

    final DanishTime time = new DanishTime();

    @Test
    void winterIsOneHourAheadOfUtcAndSummerTwo() {
        assertThat(DanishTime.parse("2027-01-15", "12:00")).contains(OffsetDateTime.parse("2027-01-15T12:00+01:00"));
        assertThat(DanishTime.parse("2027-07-01", "12:00")).contains(OffsetDateTime.parse("2027-07-01T12:00+02:00"));
    }

    @Test
    void aTimeTheClocksSkipInSpringIsTheSameTimeAfterTheChangeAndTheRepeatedHourInAutumnTheFirst() {
        assertThat(DanishTime.parse("2027-03-28", "02:30")).contains(OffsetDateTime.parse("2027-03-28T03:30+02:00"));
        assertThat(DanishTime.parse("2027-10-31", "02:30")).contains(OffsetDateTime.parse("2027-10-31T02:30+02:00"));
    }

    @Test
    void somethingThatIsNoDateOrTimeIsNothing() {
        assertThat(DanishTime.parse("15/01/2027", "12:00")).isEmpty();
        assertThat(DanishTime.parse("2027-01-15", "12")).isEmpty();
        assertThat(DanishTime.parse("2027-02-30", "12:00")).isEmpty();
        assertThat(DanishTime.parse("", "12:00")).isEmpty();
        assertThat(DanishTime.parse("2027-01-15", null)).isEmpty();
    }

    @Test
    void anInstantIsShownAndPrefilledInDanishTime() {
        OffsetDateTime summer = OffsetDateTime.parse("2027-07-01T08:30:00Z");

        assertThat(time.show(summer)).isEqualTo("01.07.2027 10:30");
        assertThat(time.date(summer)).isEqualTo("2027-07-01");
        assertThat(time.time(summer)).isEqualTo("10:30");
        assertThat(time.show(null)).isEqualTo("–");
    }
}
