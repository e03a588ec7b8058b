package dk.anskaf.identity.events;

import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The tenant registry's event stream (contract in docs/events.md). Reference data other services keep
 * (municipalities, who is connected, the editorial board) travels only as these events, also when a
 * migration or the demo seed creates it: migration V5 writes the same events into the outbox for what
 * was there before.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityEvents {

    public static final String TENANTS = "anskaf.identity.tenants";
    public static final String TENANT_REGISTERED = "dk.anskaf.identity.tenant-registered.v1";
    public static final String TENANT_CHANGED = "dk.anskaf.identity.tenant-changed.v1";
    public static final String COMMUNITY_MEMBERSHIP_CHANGED = "dk.anskaf.identity.community-membership-changed.v1";
    public static final String BOARD_MEMBERSHIP_CHANGED = "dk.anskaf.identity.board-membership-changed.v1";

    /** A municipality was onboarded: its users can log in and other services may serve it. */
    public record TenantRegistered(
            String tenantId, String kommunekode, String name, String officialName, String slug) {}

    /**
     * The full current state of a tenant, published whenever any of it changes. Consumers replace what
     * they hold for the tenant, so receiving it again changes nothing.
     *
     * @param kind {@code MUNICIPALITY} or {@code OPERATOR}
     * @param onboarded whether the operator has configured its login (its users can log in)
     * @param activeUsers how many enabled users it has
     */
    public record TenantChanged(
            String tenantId,
            String kind,
            String kommunekode,
            String name,
            String officialName,
            String slug,
            boolean onboarded,
            long activeUsers) {}

    /** A community's members now are exactly these tenants. */
    public record CommunityMembershipChanged(UUID communityId, String name, List<String> members) {}

    /**
     * A user now is, or no longer is, a member of the editorial board (kravredaktionen); also published
     * when a member's name or address changes. Key: the user id.
     */
    public record BoardMembershipChanged(UUID userId, String tenantId, String name, String email, boolean member) {}

    @Bean
    NewTopic tenantsTopic() {
        return TopicBuilder.name(TENANTS).partitions(3).build();
    }
}
