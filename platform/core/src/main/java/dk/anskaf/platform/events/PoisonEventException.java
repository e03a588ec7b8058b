package dk.anskaf.platform.events;

/**
 * An event that can never be processed (unreadable, wrong tenant, invalid data). It is not retried but
 * sent straight to the dead-letter topic with this message.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonEventException(String message) {
        super(message);
    }
}
