package dk.anskaf.dialogue.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.dialogue.DialogueClosing;
import dk.anskaf.dialogue.dialogue.DialogueTopics;
import dk.anskaf.dialogue.testdata.DialogueRows;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deadline job against real PostgreSQL: an active dialogue past its deadline is closed once, even when
 * two runs (two instances) race for it, and one every supplier has finished or declined closes early.
 * The schedule itself is slowed down in tests ({@code DialogueTestContext}), so the runs under test are
 * the only ones.
 */
@AnskafIntegrationTest
class DeadlineJobIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String HORSENS = "0615";

    @Autowired
    DialogueClosing closing;

    @Autowired
    CrossTenantAccess crossTenant;

    @Autowired
    DeadlineJob job;

    @Autowired
    IntegrationFixture fixture;

    @Test
    void whenTwoRunsRaceForDialoguesPastTheirDeadlineThenEachIsClosedAndAnnouncedExactlyOnce() throws Exception {
        DialogueRows rows = new DialogueRows(fixture);
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            due.add(rows.activeDialogue(
                    i % 2 == 0 ? FAVRSKOV : HORSENS, Instant.now().minusSeconds(1)));
        }
        long notYet = rows.activeDialogue(FAVRSKOV, Instant.now().plus(Duration.ofMinutes(2)));

        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(instances.submit(() -> {
                start.await();
                return crossTenant.call("dialogue-deadline", closing::closeDue);
            }));
        }
        start.countDown();
        int closed = 0;
        for (Future<Integer> run : runs) {
            closed += run.get();
        }
        instances.shutdown();

        assertThat(closed).isGreaterThanOrEqualTo(due.size());
        for (long id : due) {
            assertThat(eventsAbout(DialogueTopics.DEADLINE_REACHED, id)).isEqualTo(1);
            assertThat(status(id)).isEqualTo("ANSWERED");
        }
        assertThat(status(notYet)).isEqualTo("ACTIVE");
        assertThat(eventsAbout(DialogueTopics.DEADLINE_REACHED, notYet)).isZero();
        var event = fixture.outboxEvent(DialogueTopics.DEADLINE_REACHED, String.valueOf(due.get(1)));
        EventContracts.documented().assertProducerMatches(DialogueTopics.DEADLINE_REACHED, event);
        // Sent for the municipality that owns the dialogue, though the job acts for none.
        assertThat(event.get("tenantid").asString()).isEqualTo(HORSENS);

        job.run();
        assertThat(eventsAbout(DialogueTopics.DEADLINE_REACHED, due.getFirst())).isEqualTo(1);
    }

    @Test
    void whenEveryInvitedSupplierHasFinishedOrDeclinedThenTheDialogueIsAnsweredEarlyOnce() {
        DialogueRows rows = new DialogueRows(fixture);
        long done = rows.activeDialogue(FAVRSKOV, Instant.now().plus(Duration.ofDays(3)));
        rows.invitedSupplier(FAVRSKOV, done, "salg@formpipe.example", "FINISHED");
        UUID pending = rows.invitedSupplier(FAVRSKOV, done, "tilbud@kmd.example", "ANSWERING");
        long nobodyInvited = rows.activeDialogue(FAVRSKOV, Instant.now().plus(Duration.ofDays(3)));

        job.run();
        assertThat(status(done)).isEqualTo("ACTIVE");

        rows.answerSetStatus(FAVRSKOV, pending, "DECLINED");
        job.run();
        job.run();

        assertThat(status(done)).isEqualTo("ANSWERED");
        assertThat(eventsAbout(DialogueTopics.ALL_ANSWERED, done)).isEqualTo(1);
        EventContracts.documented()
                .assertProducerMatches(
                        DialogueTopics.ALL_ANSWERED,
                        fixture.outboxEvent(DialogueTopics.ALL_ANSWERED, String.valueOf(done)));
        assertThat(status(nobodyInvited)).isEqualTo("ACTIVE");
    }

    private long eventsAbout(String type, long dialogueId) {
        return fixture.outboxEvents(type).stream()
                .filter(e -> e.get("subject").asString().equals(String.valueOf(dialogueId)))
                .count();
    }

    private String status(long id) {
        return fixture.acrossTenants(() -> fixture.jdbc()
                .sql("select status from dialogue where id = ?")
                .param(id)
                .query(String.class)
                .single());
    }
}
