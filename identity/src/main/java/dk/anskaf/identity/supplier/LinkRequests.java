package dk.anskaf.identity.supplier;

import dk.anskaf.identity.IdentityProperties;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Jeg er leverandør": a request for a fresh sign-in link. Counted per address and per client address in
 * PostgreSQL (shared by all instances) before anything else is looked at; within the limits, an address
 * with a valid access gets {@link SupplierEvents.SupplierSignInRequested} through the outbox and
 * notification-service mails the link. The caller learns nothing either way: the page is the same.
 */
@Component
class LinkRequests {

    private static final Logger log = LoggerFactory.getLogger(LinkRequests.class);
    static final TenantId OPERATOR = TenantId.of("operator");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SupplierAccesses accesses;
    private final Outbox outbox;
    private final IdentityProperties properties;

    LinkRequests(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            SupplierAccesses accesses,
            Outbox outbox,
            IdentityProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.accesses = accesses;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Whether an event was published; callers must not let it change what the requester sees. */
    boolean request(String email, String clientAddress) {
        String address = SupplierAccesses.normalise(email);
        // Keys and logs name the address only by a hash prefix: the table and the log hold no address.
        String addressHash = SignInLinks.hash(address);
        Boolean published = TenantContext.callAs(
                OPERATOR,
                () -> transactions.execute(status -> {
                    if (!withinLimits("address:" + addressHash, "client:" + clientAddress)) {
                        log.warn(
                                "Supplier sign-in link request over the limit (address #{}, client {}); nothing sent",
                                addressHash.substring(0, 12),
                                clientAddress);
                        return false;
                    }
                    Optional<SupplierAccess> access = accesses.valid(address, null);
                    access.ifPresent(found -> outbox.publish(
                            SupplierEvents.SIGN_IN,
                            SupplierEvents.SIGN_IN_REQUESTED,
                            found.email(),
                            new SupplierEvents.SupplierSignInRequested(
                                    found.email(), found.organisationName(), found.dialogueId())));
                    return access.isPresent();
                }));
        return Boolean.TRUE.equals(published);
    }

    /** Counts this request against both keys if neither is at its limit; refused ones are not counted. */
    private boolean withinLimits(String addressKey, String clientKey) {
        long windowSeconds = properties.supplierLinkRequestWindow().toSeconds();
        // One request per key at a time across instances, so parallel requests cannot both pass the limit.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?)), pg_advisory_xact_lock(hashtext(?))")
                .params(addressKey, clientKey)
                .query()
                .listOfRows();
        jdbc.sql("delete from supplier_link_request where requested_at < now() - make_interval(secs => ?)")
                .param(windowSeconds)
                .update();
        if (count(addressKey) >= properties.supplierLinkRequestsPerAddress()
                || count(clientKey) >= properties.supplierLinkRequestsPerClient()) {
            return false;
        }
        jdbc.sql("insert into supplier_link_request (throttle_key) values (?), (?)")
                .params(addressKey, clientKey)
                .update();
        return true;
    }

    private long count(String key) {
        return jdbc.sql("select count(*) from supplier_link_request where throttle_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }
}
