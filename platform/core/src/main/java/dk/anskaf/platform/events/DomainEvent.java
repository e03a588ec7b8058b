package dk.anskaf.platform.events;

import dk.anskaf.platform.tenancy.TenantId;
import java.util.Optional;

/**
 * A fact an aggregate recorded, which declares where it goes, so that publishing it is {@code
 * outbox.publish(event)}: the topic (its stream), the versioned CloudEvents type and the record key. The
 * event's record components are its data on the wire; these methods are not (they are not bean getters),
 * so implementing this interface does not change an event's JSON (docs/events.md).
 */
public interface DomainEvent {

    /** The Kafka topic of the event's stream, e.g. {@code anskaf.catalog.promotions}. */
    String topic();

    /** The versioned CloudEvents type, e.g. {@code dk.anskaf.catalog.requirement-promotion-requested.v1}. */
    String type();

    /** The aggregate's id: the record key and the CloudEvents subject, so one aggregate's events stay in order. */
    String key();

    /**
     * The municipality the event is sent for when that is not the acting one (a board decision is sent for
     * the requesting municipality); empty for the current tenant.
     */
    default Optional<TenantId> tenant() {
        return Optional.empty();
    }
}
