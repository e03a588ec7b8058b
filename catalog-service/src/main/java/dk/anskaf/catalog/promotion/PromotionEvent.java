package dk.anskaf.catalog.promotion;

import dk.anskaf.platform.events.DomainEvent;

/** An event of the promotion stream: keyed by requirement, so one requirement's events stay in order. */
public interface PromotionEvent extends DomainEvent {

    long requirementId();

    @Override
    default String topic() {
        return PromotionTopics.PROMOTIONS;
    }

    @Override
    default String key() {
        return String.valueOf(requirementId());
    }
}
