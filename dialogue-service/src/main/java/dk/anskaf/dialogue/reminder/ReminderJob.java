package dk.anskaf.dialogue.reminder;

import dk.anskaf.platform.tenancy.CrossTenantAccess;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminder before the deadline: every {@code anskaf.dialogue.reminder-job-interval} in every
 * instance, {@link Reminders} publishes one event per contact due ({@code anskaf.dialogue.reminder-before}
 * before the deadline, default three days). Instances coordinate only through the database.
 */
@Component
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final CrossTenantAccess crossTenant;
    private final Duration before;

    ReminderJob(
            Reminders reminders,
            CrossTenantAccess crossTenant,
            @Value("${anskaf.dialogue.reminder-before:P3D}") Duration before) {
        this.reminders = reminders;
        this.crossTenant = crossTenant;
        this.before = before;
    }

    @Scheduled(
            fixedDelayString = "${anskaf.dialogue.reminder-job-interval:PT1M}",
            initialDelayString = "${anskaf.dialogue.reminder-job-interval:PT1M}")
    void run() {
        try {
            int sent = crossTenant.call("dialogue-reminder", () -> reminders.sendDue(before));
            if (sent > 0) {
                LOG.info("Reminded {} supplier contacts of a deadline within {}", sent, before);
            }
        } catch (RuntimeException e) {
            // The next run tries again; nothing was marked as sent in a transaction that failed.
            LOG.warn("Reminder job failed; retrying at the next run", e);
        }
    }
}
