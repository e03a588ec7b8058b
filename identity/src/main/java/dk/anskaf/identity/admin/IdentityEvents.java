package dk.anskaf.identity.admin;

import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The tenant registry's event stream (docs/events.md). */
@Configuration(proxyBeanMethods = false)
class IdentityEvents {

    static final String TENANTS = "anskaf.identity.tenants";
    static final String TENANT_REGISTERED = "dk.anskaf.identity.tenant-registered.v1";
    static final String COMMUNITY_MEMBERSHIP_CHANGED = "dk.anskaf.identity.community-membership-changed.v1";

    /** A municipality was onboarded: its users can log in and other services may serve it. */
    record TenantRegistered(String tenantId, String kommunekode, String name, String officialName, String slug) {}

    /** A community's members now are exactly these tenants. */
    record CommunityMembershipChanged(UUID communityId, String name, List<String> members) {}

    @Bean
    NewTopic tenantsTopic() {
        return TopicBuilder.name(TENANTS).partitions(3).build();
    }
}
