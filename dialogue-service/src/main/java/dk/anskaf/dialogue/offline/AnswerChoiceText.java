package dk.anskaf.dialogue.offline;

import dk.anskaf.dialogue.answering.AnswerChoice;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Leverandørens svar" as people write it in a sheet: the Danish labels of the answer page and the
 * incumbent's export (Ja; Ja, som et tilkøb; Ja, delvist; Nej; Ikke relevant), in any case, with or
 * without the commas, any spacing; also the API's names (JA_TILKOEB). Anything else is no answer.
 */
final class AnswerChoiceText {

    private static final Map<String, AnswerChoice> LABELS = Map.of(
            "ja", AnswerChoice.JA,
            "ja som et tilkøb", AnswerChoice.JA_TILKOEB,
            "ja delvist", AnswerChoice.JA_DELVIST,
            "nej", AnswerChoice.NEJ,
            "ikke relevant", AnswerChoice.IKKE_RELEVANT);

    private AnswerChoiceText() {}

    static Optional<AnswerChoice> parse(String text) {
        String key = AnswerSheetReader.normalised(text.replace(',', ' ').replace('_', ' '));
        AnswerChoice label = LABELS.get(key);
        if (label != null) {
            return Optional.of(label);
        }
        for (AnswerChoice choice : AnswerChoice.values()) {
            if (choice.name().replace('_', ' ').toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
