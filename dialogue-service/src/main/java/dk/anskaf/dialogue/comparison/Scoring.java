package dk.anskaf.dialogue.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The optional score (docs/api.md "Comparison"): Σ over the rows shown of weight(priority) ×
 * points(choice), and the most a supplier could reach (every answer Ja). It is an aid to reading the
 * table, labelled so everywhere, and not an evaluation model: a tender's evaluation model is set out in
 * its own documents, and a market dialogue is not a tender (DOMAIN.md §5).
 */
final class Scoring {

    static final String LABEL = "Hjælpetal – ikke en evalueringsmodel";
    static final String LABEL_EN = "Aid only – not an evaluation model";

    /**
     * Points per choice, chosen so that a full yes counts fully, a yes that costs extra counts most of it, a
     * partial yes half, and a no or "not relevant" nothing; an unanswered requirement counts nothing.
     */
    static final Map<String, BigDecimal> CHOICE_POINTS = Map.of(
            "JA", BigDecimal.ONE,
            "JA_TILKOEB", new BigDecimal("0.75"),
            "JA_DELVIST", new BigDecimal("0.5"),
            "NEJ", BigDecimal.ZERO,
            "IKKE_RELEVANT", BigDecimal.ZERO);

    private final Map<String, BigDecimal> weights;
    private BigDecimal score = BigDecimal.ZERO;
    private BigDecimal max = BigDecimal.ZERO;

    Scoring(Map<String, BigDecimal> weights) {
        this.weights = weights;
    }

    void add(String priority, @Nullable String choice) {
        BigDecimal weight = weights.getOrDefault(priority, BigDecimal.ZERO);
        max = max.add(weight);
        if (choice != null) {
            score = score.add(weight.multiply(CHOICE_POINTS.get(choice)));
        }
    }

    BigDecimal score() {
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    BigDecimal max() {
        return max.setScale(2, RoundingMode.HALF_UP);
    }
}
