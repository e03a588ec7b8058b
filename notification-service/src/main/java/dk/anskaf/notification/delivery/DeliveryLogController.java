package dk.anskaf.notification.delivery;

import dk.anskaf.notification.mail.MailDispatcher;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log: who got what, when, and what failed. A municipality's administrator sees its own
 * mail; the operator sees every municipality's and may filter by one. Both may resend a dead message.
 */
@RestController
class DeliveryLogController {

    private static final Set<String> STATUSES = Set.of("QUEUED", "SENDING", "SENT", "FAILED", "DEAD");

    private final DeliveryLog log;
    private final CrossTenantAccess crossTenant;
    private final MailDispatcher dispatcher;

    DeliveryLogController(DeliveryLog log, CrossTenantAccess crossTenant, MailDispatcher dispatcher) {
        this.log = log;
        this.crossTenant = crossTenant;
        this.dispatcher = dispatcher;
    }

    @GetMapping("/api/v1/mail-messages")
    DeliveryLog.Page find(
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (type != null && MessageType.byKey(type).isEmpty()) {
            throw ApiProblemException.invalidField("type", "Ukendt mailtype");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw ApiProblemException.invalidField("status", "Status skal være en af " + STATUSES);
        }
        if (page < 0 || size < 1 || size > 500) {
            throw ApiProblemException.invalidField("size", "Side fra 0, sidestørrelse 1–500");
        }
        if (municipality != null && !municipality.matches("[0-9]{4}")) {
            throw ApiProblemException.invalidField("municipality", "Kommunekode skal være fire cifre");
        }
        DeliveryLog.Filter filter =
                new DeliveryLog.Filter(municipality == null ? null : TenantId.of(municipality), type, status, from, to);
        return asAllowed(municipality, () -> log.find(filter, page, size));
    }

    @PostMapping("/api/v1/mail-messages/{id}/resend")
    DeliveryLog.Entry resend(@PathVariable UUID id) {
        DeliveryLog.Entry entry = asAllowed(null, () -> log.resend(id));
        dispatcher.wakeUp();
        return entry;
    }

    /** The operator works across municipalities; an administrator only within their own (RLS too). */
    private <T> T asAllowed(String municipality, Supplier<T> work) {
        CurrentUser user = CurrentUser.require();
        if (user.has(Role.OPERATOR)) {
            return crossTenant.call("delivery-log", work);
        }
        if (!user.has(Role.ADMINISTRATOR)) {
            throw ApiProblemException.forbidden("Kun kommunens administrator og driften kan se udsendte mails");
        }
        if (municipality != null
                && user.tenant().map(t -> !t.value().equals(municipality)).orElse(true)) {
            throw ApiProblemException.forbidden("Du kan kun se din egen kommunes mails");
        }
        return work.get();
    }
}
