package dk.anskaf.catalog.requirement;

import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place that decides who reads a requirement's owner-only fields, used by every read path (live
 * view, lists, revisions, diffs, revision export, kravbank files). Row-level security decides which
 * requirements a reader sees at all; this decides which fields of a visible one.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A local requirement's (Lokalt krav) {@code interpretation}, {@code stakeholders} and owning
 *       {@code tenantId} belong to the owning municipality: nobody else reads them, not the board
 *       deciding a promotion nor the members of a community deciding one.
 *   <li>{@code notes} (Noter) are editor-only working notes: in addition, only editors and the board read
 *       them, so a purchaser of the owning municipality does not either.
 *   <li>Community and cross-municipal requirements have no foreign owner inside their readers; their
 *       texts follow the role rule only. An owner's local texts are handed over at promotion
 *       (promotion.OwnerHandover), never left on the shared requirement.
 * </ul>
 *
 * The same rule applies to a revision by the owner <em>at the time it was written</em> (the snapshot's
 * {@code ownerKind} and {@code tenantId}), so a change of owner does not hand the old owner's history to
 * the new readers.
 */
public record OwnerOnlyFields(String readerTenant, boolean editorOrBoard) {

    /** The snapshot fields only the owner (notes: the owner's editors) may read. */
    static final List<String> OWNER_TEXTS = List.of("interpretation", "stakeholders", "tenantId");

    static final String NOTES = "notes";

    /** The reader of the current request: tenant from the verified token, roles from its claims. */
    public static OwnerOnlyFields ofCurrentUser() {
        return new OwnerOnlyFields(
                TenantContext.current().map(TenantId::value).orElse(null),
                CurrentUser.current()
                        .map(u -> u.has(Role.EDITOR) || u.has(Role.BOARD))
                        .orElse(false));
    }

    /** True when the reader belongs to the owner (or the requirement has no municipal owner). */
    public boolean ownerTexts(OwnerKind ownerKind, String ownerTenant) {
        return ownerKind != OwnerKind.MUNICIPALITY || (readerTenant != null && readerTenant.equals(ownerTenant));
    }

    /** Notes: the owner's texts, and only for editors and the board. */
    public boolean notes(OwnerKind ownerKind, String ownerTenant) {
        return editorOrBoard && ownerTexts(ownerKind, ownerTenant);
    }

    /** A copy of a stored revision snapshot with what this reader may not see set to null. */
    JsonNode filter(JsonNode snapshot) {
        ObjectNode copy = ((ObjectNode) snapshot).deepCopy();
        JsonNode kind = snapshot.get("ownerKind");
        JsonNode tenant = snapshot.get("tenantId");
        // A snapshot without an owner is treated as foreign: hiding too much is the safe mistake.
        OwnerKind ownerKind =
                kind == null || kind.isNull() ? OwnerKind.MUNICIPALITY : OwnerKind.valueOf(kind.asString());
        String ownerTenant = tenant == null || tenant.isNull() ? null : tenant.asString();
        if (!ownerTexts(ownerKind, ownerTenant)) {
            OWNER_TEXTS.forEach(copy::putNull);
        }
        if (!notes(ownerKind, ownerTenant)) {
            copy.putNull(NOTES);
        }
        return copy;
    }
}
