package dk.anskaf.platform.events;

import org.apache.kafka.common.TopicPartition;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How consumers fail: a poison event goes straight to {@code <topic>.dlt} with the error in its headers;
 * an unavailable database is retried with back-off for as long as it takes (the partition waits, nothing
 * is lost); any other error is retried a few times and then dead-lettered.
 */
public final class KafkaErrorHandling {

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private KafkaErrorHandling() {}

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template, (record, e) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
        var handler = new DefaultErrorHandler(recoverer, limited());
        handler.addNotRetryableExceptions(PoisonEventException.class);
        handler.setBackOffFunction((record, e) -> isInfrastructureDown(e) ? unlimited() : null);
        return handler;
    }

    static boolean isInfrastructureDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    private static BackOff limited() {
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxAttempts(4);
        return backOff;
    }

    private static BackOff unlimited() {
        var backOff = new ExponentialBackOff(1000, 2.0);
        backOff.setMaxInterval(30_000);
        return backOff;
    }
}
