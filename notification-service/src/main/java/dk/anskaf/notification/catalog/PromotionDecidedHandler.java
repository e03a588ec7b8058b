package dk.anskaf.notification.catalog;

import static dk.anskaf.notification.template.Placeholder.*;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.message.MailEventHandler;
import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.platform.events.CloudEvent;
import java.util.List;
import java.util.Map;

/**
 * Tells the requesting editor that the board (or a community member) approved, rejected or postponed
 * the request. One instance per event type, declared in {@link PromotionDecisionMails}. A withdrawal
 * (cancelled) mails nobody: the requester did it and the board's queue simply loses the item.
 */
class PromotionDecidedHandler implements MailEventHandler<PromotionDecided> {

    private final String eventType;
    private final MessageType messageType;
    private final NotificationProperties properties;

    PromotionDecidedHandler(String eventType, MessageType messageType, NotificationProperties properties) {
        this.eventType = eventType;
        this.messageType = messageType;
        this.properties = properties;
    }

    @Override
    public String topic() {
        return CatalogTopics.PROMOTIONS;
    }

    @Override
    public String eventType() {
        return eventType;
    }

    @Override
    public Class<PromotionDecided> dataType() {
        return PromotionDecided.class;
    }

    @Override
    public List<MailRequest> mails(CloudEvent event, PromotionDecided data) {
        if (data.requestedByEmail() == null || data.requestedByEmail().isBlank()) {
            return List.of(); // e.g. requested through an API client without an address
        }
        Map<dk.anskaf.notification.template.Placeholder, String> values = Map.of(
                KRAV, nullToEmpty(data.requirementName()),
                KRAVID, String.valueOf(data.requirementId()),
                ANMODER, nullToEmpty(data.requestedByName()),
                BESLUTTER, nullToEmpty(data.decidedByName()),
                BEGRUNDELSE, nullToEmpty(data.reason()),
                LINK, properties.publicUrl() + "/krav/" + data.requirementId());
        return List.of(MailRequest.of(messageType, data.requestedByEmail(), values));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
