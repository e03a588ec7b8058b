package dk.anskaf.catalog.community;

import dk.anskaf.platform.events.Inbox;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps communities and their members as identity publishes them (the full member list each time). */
@Component
class CommunityMembershipListener {

    static final String TOPIC = "anskaf.identity.tenants";
    static final String TYPE = "dk.anskaf.identity.community-membership-changed.v1";

    record CommunityMembershipChanged(UUID communityId, String name, List<String> members) {}

    private final Inbox inbox;
    private final JdbcClient jdbc;

    CommunityMembershipListener(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = TOPIC, id = "catalog-community-membership")
    void on(ConsumerRecord<String, String> record) {
        inbox.process(
                record, "catalog.community-membership", TYPE, CommunityMembershipChanged.class, (event, change) -> {
                    jdbc.sql(
                                    "insert into community (id, name) values (?, ?) on conflict (id) do update set name = excluded.name")
                            .params(change.communityId(), change.name())
                            .update();
                    jdbc.sql("delete from community_member where community_id = ?")
                            .param(change.communityId())
                            .update();
                    for (String member : change.members()) {
                        jdbc.sql("insert into community_member (community_id, tenant_id) values (?, ?)")
                                .params(change.communityId(), member)
                                .update();
                    }
                });
    }
}
