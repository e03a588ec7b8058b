package dk.anskaf.notification.catalog;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The editorial board's members as identity last published them, and so the recipients of the board's
 * mail. Only when identity has named no member yet does the board's mail go to the configured fallback
 * addresses ({@code anskaf.notification.board-addresses}, empty by default), so a request is not mailed
 * to nobody in a deployment whose board has not been appointed.
 */
@Component
class BoardMembers {

    private static final Logger log = LoggerFactory.getLogger(BoardMembers.class);

    private final JdbcClient jdbc;
    private final NotificationProperties properties;

    BoardMembers(JdbcClient jdbc, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Each member's address once (members without an address are skipped), else the fallback. */
    List<String> addresses() {
        List<String> members = jdbc.sql("select distinct email from board_member where email <> '' order by email")
                .query(String.class)
                .list();
        if (!members.isEmpty()) {
            return members;
        }
        if (properties.boardAddresses().isEmpty()) {
            log.warn("No member of the editorial board is known and no fallback address is set; nobody is mailed");
        }
        return properties.boardAddresses();
    }

    void join(UUID userId, TenantId tenant, @Nullable String name, @Nullable String email) {
        jdbc.sql("""
                        insert into board_member (user_id, tenant_id, name, email) values (?, ?, ?, ?)
                        on conflict (user_id) do update set tenant_id = excluded.tenant_id, name = excluded.name,
                            email = excluded.email, updated_at = now()
                        """)
                .params(userId, tenant.value(), name == null ? "" : name, email == null ? "" : email)
                .update();
    }

    void leave(UUID userId) {
        jdbc.sql("delete from board_member where user_id = ?").param(userId).update();
    }
}
