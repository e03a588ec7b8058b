package dk.anskaf.dialogue.deadline;

import dk.anskaf.dialogue.dialogue.DialogueClosing;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Holds the deadline to the minute (DOMAIN.md §5.11; the incumbent looked every 15 minutes): every few
 * seconds ({@code anskaf.dialogue.deadline-job-interval}) in every instance, closes the active dialogues
 * whose deadline has passed and those every invited organisation has finished or declined. Instances do
 * not coordinate beyond the database: {@link DialogueClosing} claims rows with {@code SKIP LOCKED}, so
 * each dialogue is closed, and its mail caused, once. Answers are refused at the deadline by the answering
 * code itself, not by this job.
 */
@Component
class DeadlineJob {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineJob.class);

    private final DialogueClosing closing;
    private final CrossTenantAccess crossTenant;

    DeadlineJob(DialogueClosing closing, CrossTenantAccess crossTenant) {
        this.closing = closing;
        this.crossTenant = crossTenant;
    }

    @Scheduled(
            fixedDelayString = "${anskaf.dialogue.deadline-job-interval:PT5S}",
            initialDelayString = "${anskaf.dialogue.deadline-job-interval:PT5S}")
    void run() {
        try {
            int due = crossTenant.call("dialogue-deadline", closing::closeDue);
            int answered = crossTenant.call("dialogue-all-answered", closing::closeAllAnswered);
            if (due + answered > 0) {
                LOG.info("Closed {} dialogues at their deadline and {} answered by all", due, answered);
            }
        } catch (RuntimeException e) {
            // The next run tries again; a database outage must not end the schedule.
            LOG.warn("Deadline job failed; retrying at the next run", e);
        }
    }
}
