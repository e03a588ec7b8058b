package dk.anskaf.dialogue.answering;

/**
 * "Driftsmodel" (DOMAIN.md §5.9.1): Ikke taget stilling, SaaS/Cloud drift, On-premise drift, Kan leveres
 * som begge dele. The model rules out the requirements that do not apply to it.
 */
public enum OperatingModel {
    NOT_DECIDED("Ikke taget stilling"),
    SAAS("SaaS/Cloud drift"),
    ON_PREMISE("On-premise drift"),
    BOTH("Kan leveres som begge dele");

    private final String label;

    OperatingModel(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Whether a requirement marked for SaaS and on-premise operation does not apply to this model. */
    boolean rulesOut(boolean saas, boolean onPremise) {
        return switch (this) {
            case SAAS -> !saas;
            case ON_PREMISE -> !onPremise;
            case BOTH, NOT_DECIDED -> false;
        };
    }
}
