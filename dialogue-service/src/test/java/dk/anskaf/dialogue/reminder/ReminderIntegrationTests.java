package dk.anskaf.dialogue.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.testdata.DialogueRows;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The reminder before the deadline against real PostgreSQL: one event per invited contact that has not
 * finished or declined, even when two runs (two instances) race, and none for a later deadline or a
 * deleted dialogue.
 */
@AnskafIntegrationTest
class ReminderIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final Duration BEFORE = Duration.ofDays(3);

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    Reminders reminders;

    @Autowired
    CrossTenantAccess crossTenant;

    @Test
    void twoRacingRunsRemindEachContactThatHasNotAnsweredExactlyOnce() throws Exception {
        DialogueRows rows = new DialogueRows(fixture);
        long due = rows.activeDialogue(FAVRSKOV, Instant.now().plus(Duration.ofDays(2)));
        UUID answering = rows.invitedSupplier(FAVRSKOV, due, "salg@formpipe.example", "ANSWERING");
        UUID invited = rows.invitedSupplier(FAVRSKOV, due, "salg@kmd.example", "INVITED");
        rows.invitedSupplier(FAVRSKOV, due, "salg@netcompany.example", "FINISHED");
        rows.invitedSupplier(FAVRSKOV, due, "salg@systematic.example", "DECLINED");
        long later = rows.activeDialogue(FAVRSKOV, Instant.now().plus(Duration.ofDays(5)));
        rows.invitedSupplier(FAVRSKOV, later, "salg@later.example", "INVITED");
        long deleted = rows.activeDialogue(FAVRSKOV, Instant.now().plus(Duration.ofDays(1)));
        rows.invitedSupplier(FAVRSKOV, deleted, "salg@deleted.example", "INVITED");
        fixture.acrossTenants(() -> fixture.jdbc()
                .sql(
                        "update dialogue set deleted_at = now(), deleted_by_name = 'Anne', delete_reason = 'Fejl' where id = ?")
                .param(deleted)
                .update());

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> runs = List.of(race(start), race(start));
        start.countDown();
        for (CompletableFuture<Integer> run : runs) {
            run.get();
        }
        crossTenant.call("test", () -> reminders.sendDue(BEFORE));

        List<JsonNode> sent = events(due);
        assertThat(sent).hasSize(2);
        assertThat(sent.stream().map(e -> e.at("/data/answerSetId").asString()))
                .containsExactlyInAnyOrder(answering.toString(), invited.toString());
        assertThat(sent.stream().map(e -> e.at("/data/email").asString()))
                .containsExactlyInAnyOrder("salg@formpipe.example", "salg@kmd.example");
        EventContracts.documented().assertProducerMatches(SupplierReminderDue.TYPE, sent.getFirst());
        assertThat(sent.getFirst().path("tenantid").asString()).isEqualTo(FAVRSKOV);
        assertThat(fixture.count("select count(*) from reminder_sent where dialogue_id = ?", due))
                .isEqualTo(2);
        assertThat(events(later)).isEmpty();
        assertThat(events(deleted)).isEmpty();
    }

    private CompletableFuture<Integer> race(CountDownLatch start) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return crossTenant.call("test", () -> reminders.sendDue(BEFORE));
        });
    }

    private List<JsonNode> events(long dialogueId) {
        return fixture.outboxEvents(SupplierReminderDue.TYPE).stream()
                .filter(e -> e.path("subject").asString().equals(String.valueOf(dialogueId)))
                .toList();
    }
}
