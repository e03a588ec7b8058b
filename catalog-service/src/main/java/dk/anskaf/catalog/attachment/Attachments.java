package dk.anskaf.catalog.attachment;

import dk.anskaf.catalog.requirement.Requirement;
import dk.anskaf.catalog.requirement.RequirementRepository;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import dk.anskaf.platform.tenancy.TenantContext;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bilag: upload (at most 10 MB, allowed types recognised by content, scanned), list and download. On a
 * municipality's own requirement, and as a local attachment on a shared one, the file is the
 * municipality's; on a community requirement it is the community's (members only); only the board's
 * attachments on cross-municipal requirements are shared (public). Only editors add and remove files,
 * the board the shared ones. Downloads are
 * always served as attachments with nosniff, never rendered inline.
 */
@RestController
class Attachments {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final RequirementRepository requirements;
    private final AttachmentScanner scanner;

    Attachments(JdbcClient jdbc, RequirementRepository requirements, ObjectProvider<AttachmentScanner> scanner) {
        this.jdbc = jdbc;
        this.requirements = requirements;
        this.scanner = scanner.getIfAvailable(() -> AttachmentScanner.NONE);
    }

    record AttachmentView(
            UUID id, String filename, String contentType, int sizeBytes, boolean local, OffsetDateTime uploadedAt) {}

    @PostMapping(value = "/api/v1/requirements/{id}/attachments", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    AttachmentView upload(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        CurrentUser user = CurrentUser.require();
        Requirement requirement =
                requirements.find(id).orElseThrow(() -> ApiProblemException.notFound("Kravet findes ikke"));
        Owner owner = Owner.of(requirement, user);
        if (!owner.mayChange(user)) {
            throw ApiProblemException.forbidden("Kun redaktører kan tilføje bilag");
        }
        byte[] content = file.getBytes();
        String filename = safeName(file.getOriginalFilename());
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw ApiProblemException.invalidField("file", "Bilaget skal være mellem 1 byte og 10 MB");
        }
        String type = AllowedTypes.contentType(filename, content)
                .orElseThrow(
                        () -> ApiProblemException.invalidField(
                                "file",
                                "Filtypen er ikke tilladt. Brug PDF, Word (.docx), Excel (.xlsx), ODT, PNG, JPEG eller tekst."));
        scanner.scan(filename, content);
        UUID attachmentId = UUID.randomUUID();
        jdbc.sql("""
                        insert into attachment (id, requirement_id, tenant_id, community_id, filename, content_type,
                                                size_bytes, data, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        attachmentId,
                        id,
                        owner == Owner.MUNICIPALITY ? TenantContext.require().value() : null,
                        owner == Owner.COMMUNITY ? requirement.communityId() : null,
                        filename,
                        type,
                        content.length,
                        content,
                        user.subject())
                .update();
        return new AttachmentView(
                attachmentId, filename, type, content.length, owner != Owner.SHARED, OffsetDateTime.now());
    }

    @GetMapping("/api/v1/requirements/{id}/attachments")
    @Transactional(readOnly = true)
    List<AttachmentView> list(@PathVariable long id) {
        requirements.find(id).orElseThrow(() -> ApiProblemException.notFound("Kravet findes ikke"));
        return jdbc.sql("""
                        select id, filename, content_type, size_bytes,
                               tenant_id is not null or community_id is not null as local, uploaded_at
                        from attachment where requirement_id = ?
                        order by tenant_id is null and community_id is null desc, uploaded_at
                        """).param(id).query(AttachmentView.class).list();
    }

    /**
     * Shared attachments are public like the catalogue; a municipality's only for itself, a community's
     * only for its members (row-level security).
     */
    @GetMapping("/api/v1/public/attachments/{attachmentId}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(@PathVariable UUID attachmentId) {
        record File(String filename, String contentType, byte[] data) {}
        File file = jdbc.sql("select filename, content_type, data from attachment where id = ?")
                .param(attachmentId)
                .query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> ApiProblemException.notFound("Bilaget findes ikke"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.data());
    }

    @DeleteMapping("/api/v1/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void delete(@PathVariable UUID attachmentId) {
        CurrentUser user = CurrentUser.require();
        Owner owner = jdbc.sql("select tenant_id, community_id from attachment where id = ?")
                .param(attachmentId)
                .query((rs, n) -> rs.getString(1) != null
                        ? Owner.MUNICIPALITY
                        : rs.getObject(2) != null ? Owner.COMMUNITY : Owner.SHARED)
                .optional()
                .orElseThrow(() -> ApiProblemException.notFound("Bilaget findes ikke"));
        if (!owner.mayChange(user)) {
            throw ApiProblemException.forbidden(
                    owner == Owner.SHARED
                            ? "Kun kravredaktionen kan fjerne fælles bilag"
                            : "Kun redaktører kan fjerne bilag");
        }
        // Row-level security checks the same (municipality, membership and role) in the database.
        if (jdbc.sql("delete from attachment where id = ?").param(attachmentId).update() == 0) {
            throw ApiProblemException.forbidden("Du kan ikke fjerne dette bilag");
        }
    }

    /**
     * Whose a file is: shared (public, the board's) only on a cross-municipal requirement when the board
     * adds it; a community's on a community requirement; otherwise the uploading municipality's.
     */
    enum Owner {
        SHARED,
        COMMUNITY,
        MUNICIPALITY;

        static Owner of(Requirement requirement, CurrentUser user) {
            return switch (requirement.ownerKind()) {
                case CROSS_MUNICIPAL -> user.has(Role.BOARD) ? SHARED : MUNICIPALITY;
                case COMMUNITY -> COMMUNITY;
                case MUNICIPALITY -> MUNICIPALITY;
            };
        }

        /** Editors change their municipality's and community's files, the board the shared ones. */
        boolean mayChange(CurrentUser user) {
            return user.has(this == SHARED ? Role.BOARD : Role.EDITOR);
        }
    }

    private static String safeName(String original) {
        String name = original == null
                ? "bilag"
                : original.replaceAll("[\\\\/\\r\\n\\t\\x00]", "_").strip();
        return name.isEmpty() ? "bilag" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
