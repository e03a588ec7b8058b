package dk.anskaf.platform.testapp;

import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.tenancy.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NoteController {

    static final String TOPIC = "anskaf.platform-test.notes";

    private final JdbcClient jdbc;
    private final Outbox outbox;

    NoteController(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    record NewNote(@NotBlank @Size(max = 200) String text) {}

    record Note(long id, String tenantId, String text) {}

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Note create(@Valid @RequestBody NewNote note) {
        TenantContext.require();
        Note created = jdbc.sql("insert into note (text) values (?) returning id, tenant_id, text")
                .param(note.text())
                .query(Note.class)
                .single();
        outbox.publish(TOPIC, "dk.anskaf.test.note-created.v1", String.valueOf(created.id()), created);
        return created;
    }

    record NoteBatch(List<NewNote> notes, java.util.Map<String, String> labels) {}

    /** Accepts nested text only to show where a refused character sits; stores nothing. */
    @PostMapping("/notes/batch")
    int batch(@RequestBody NoteBatch batch) {
        return batch.notes().size();
    }

    /**
     * Deliberately lets the database decide: moving a note to another tenant is refused by the policy's
     * WITH CHECK, which must reach the client as 403, not 500.
     */
    @org.springframework.web.bind.annotation.PutMapping("/notes/{id}/tenant")
    @Transactional
    int move(@org.springframework.web.bind.annotation.PathVariable long id, @RequestBody String tenant) {
        return jdbc.sql("update note set tenant_id = ? where id = ?")
                .param(tenant)
                .param(id)
                .update();
    }

    /** Deliberately unfiltered: only row-level security keeps other tenants' notes out. */
    @GetMapping("/notes")
    @Transactional(readOnly = true)
    List<Note> all() {
        return jdbc.sql("select id, tenant_id, text from note order by id")
                .query(Note.class)
                .list();
    }

    record SessionSettings(String tenantId, String supplierOrg, String roles) {}

    /** What the transaction manager told PostgreSQL about the caller, as the policies read it. */
    @GetMapping("/session-settings")
    @Transactional(readOnly = true)
    SessionSettings sessionSettings() {
        return jdbc.sql("select current_setting('app.tenant_id', true) as tenant_id,"
                        + " current_setting('app.supplier_org', true) as supplier_org,"
                        + " current_setting('app.roles', true) as roles")
                .query(SessionSettings.class)
                .single();
    }
}
