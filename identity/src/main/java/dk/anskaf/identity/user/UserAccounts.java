package dk.anskaf.identity.user;

import dk.anskaf.identity.events.ReferenceEvents;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users and their roles. Every query runs for the tenant bound by the caller; row-level security keeps
 * each municipality's users to itself. Changes that other services keep a copy of (a municipality's
 * user count, the editorial board) are published in the same transaction, whichever path made them.
 */
@Repository
public class UserAccounts {

    static final String BOARD = "board";

    /** Roles given in Anskaf only, never taken from a municipality's own identity provider. */
    static final Set<String> GRANTED_HERE = Set.of(BOARD, "operator");

    private final JdbcClient jdbc;
    private final ReferenceEvents events;

    UserAccounts(JdbcClient jdbc, ReferenceEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private static final String SELECT = """
            select id, tenant_id, username, display_name, email, password_hash, failed_attempts, locked_until,
                   enabled, array(select role from user_role r where r.user_id = u.id order by role) as roles
            from app_user u
            """;

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where lower(username) = lower(?)")
                .param(username)
                .query(UserAccounts::map)
                .optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql(SELECT + " order by username").query(UserAccounts::map).list();
    }

    private static UserAccount map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new UserAccount(
                rs.getObject("id", UUID.class),
                TenantId.of(rs.getString("tenant_id")),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class),
                rs.getBoolean("enabled"),
                List.of((String[]) rs.getArray("roles").getArray()));
    }

    public UUID create(
            TenantId tenantId,
            String username,
            String displayName,
            String email,
            String passwordHash,
            Collection<String> roles) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into app_user (id, tenant_id, username, display_name, email, password_hash)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, tenantId.value(), username, displayName, email, passwordHash)
                .update();
        insertRoles(id, tenantId, roles);
        events.tenantChanged(tenantId);
        if (roles.contains(BOARD)) {
            events.boardMembershipChanged(id, tenantId, displayName, email, true);
        }
        return id;
    }

    /**
     * Creates or updates a user known by an upstream provider's subject; the upstream provider decides
     * name, e-mail and roles at every login.
     */
    public UserAccount provision(
            TenantId tenantId,
            String externalSubject,
            String username,
            String displayName,
            String email,
            List<String> roles) {
        UUID id = jdbc.sql("select id from app_user where external_subject = ?")
                .param(externalSubject)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (id == null) {
            id = create(tenantId, username, displayName, email, null, roles);
            jdbc.sql("update app_user set external_subject = ? where id = ?")
                    .params(externalSubject, id)
                    .update();
        } else {
            UserAccount before = findById(id);
            jdbc.sql("update app_user set display_name = ?, email = ? where id = ?")
                    .params(displayName, email, id)
                    .update();
            List<String> granted = withRolesGrantedHere(roles, before.roles());
            replaceRoles(id, tenantId, granted);
            boolean renamed =
                    !before.displayName().equals(displayName) || !before.email().equals(email);
            if (renamed && before.roles().contains(BOARD) && granted.contains(BOARD)) {
                // The board's mail goes to the address identity knows now.
                events.boardMembershipChanged(id, tenantId, displayName, email, true);
            }
        }
        return findByUsername(username).orElseThrow();
    }

    /**
     * The upstream roles plus those only Anskaf grants (board membership, operator), which an upstream
     * provider never sends: without them every federated login would end a board membership.
     */
    static List<String> withRolesGrantedHere(List<String> upstream, Collection<String> before) {
        List<String> roles = new ArrayList<>(upstream);
        before.stream()
                .filter(GRANTED_HERE::contains)
                .filter(role -> !roles.contains(role))
                .forEach(roles::add);
        return roles;
    }

    /** Replaces the user's roles; joining or leaving the board is published. */
    public void replaceRoles(UUID id, TenantId tenantId, Collection<String> roles) {
        UserAccount before = findById(id);
        jdbc.sql("delete from user_role where user_id = ?").param(id).update();
        insertRoles(id, tenantId, roles);
        boolean wasMember = before.roles().contains(BOARD);
        boolean member = roles.contains(BOARD);
        if (wasMember != member) {
            events.boardMembershipChanged(id, tenantId, before.displayName(), before.email(), member);
        }
    }

    private UserAccount findById(UUID id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(UserAccounts::map)
                .single();
    }

    private void insertRoles(UUID id, TenantId tenantId, Collection<String> roles) {
        for (String role : roles) {
            jdbc.sql("insert into user_role (user_id, tenant_id, role) values (?, ?, ?)")
                    .params(id, tenantId.value(), role)
                    .update();
        }
    }

    /**
     * Counts a failed login; a failure after a quiet {@code window} starts the count anew, so a lock cannot
     * be renewed by one wrong password after it ends. Locks for {@code window} at {@code maxFailures}.
     */
    void recordFailure(UUID id, int maxFailures, Duration window) {
        jdbc.sql("""
                        update app_user set
                               failed_attempts = case when last_failed_at > now() - make_interval(secs => :window)
                                                      then failed_attempts + 1 else 1 end,
                               locked_until = case when (case when last_failed_at > now() - make_interval(secs => :window)
                                                               then failed_attempts + 1 else 1 end) >= :max
                                                   then now() + make_interval(secs => :window)
                                                   else locked_until end,
                               last_failed_at = now()
                        where id = :id
                        """)
                .param("window", window.toSeconds())
                .param("max", maxFailures)
                .param("id", id)
                .update();
    }

    void recordSuccess(UUID id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_failed_at = null where id = ?")
                .param(id)
                .update();
    }
}
