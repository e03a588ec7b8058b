package dk.anskaf.notification.catalog;

import static dk.anskaf.notification.template.Placeholder.*;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.message.MailEventHandler;
import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.platform.events.CloudEvent;
import dk.anskaf.platform.events.PoisonEventException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Ny anmodning om tværkommunalt krav" to every member of the editorial board, from the municipality. */
@Component
class PromotionRequestedHandler implements MailEventHandler<PromotionRequested> {

    private final NotificationProperties properties;
    private final BoardMembers board;

    PromotionRequestedHandler(NotificationProperties properties, BoardMembers board) {
        this.properties = properties;
        this.board = board;
    }

    @Override
    public String topic() {
        return CatalogTopics.PROMOTIONS;
    }

    @Override
    public String eventType() {
        return CatalogTopics.REQUESTED;
    }

    @Override
    public Class<PromotionRequested> dataType() {
        return PromotionRequested.class;
    }

    /** The name the first version used; kept so events it processed are not mailed again. */
    @Override
    public String consumer() {
        return "notification.board-promotion-mail";
    }

    @Override
    public List<MailRequest> mails(CloudEvent event, PromotionRequested data) {
        if (!"CROSS_MUNICIPAL".equals(data.target())) {
            return List.of(); // community promotions are decided by the members, not the board
        }
        if (data.requirementName() == null || data.reason() == null) {
            throw new PoisonEventException("Promotion request without requirement name or reason");
        }
        Map<dk.anskaf.notification.template.Placeholder, String> values = new HashMap<>();
        if (data.municipalityName() != null) {
            values.put(KOMMUNE, data.municipalityName());
        }
        values.put(KRAV, data.requirementName());
        values.put(KRAVID, String.valueOf(data.requirementId()));
        values.put(KATEGORI, nullToEmpty(data.category()));
        values.put(PRIORITET, nullToEmpty(data.priority()));
        values.put(ANMODER, requester(data));
        values.put(BEGRUNDELSE, data.reason());
        values.put(LINK, properties.publicUrl() + "/kravredaktion");
        return board.addresses().stream()
                .map(address -> MailRequest.of(MessageType.PROMOTION_REQUESTED, address, values)
                        .replyTo(data.requestedByEmail()))
                .toList();
    }

    private static String requester(PromotionRequested data) {
        String name = nullToEmpty(data.requestedByName());
        return data.requestedByEmail() == null ? name : name + " <" + data.requestedByEmail() + ">";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
