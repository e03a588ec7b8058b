package dk.anskaf.catalog.attachment;

/**
 * Extension point for virus scanning: every upload passes through the scanner before it is stored.
 * Deployments with a scanner (for example ClamAV over its TCP protocol) provide a bean implementing
 * this; without one, {@link #NONE} accepts every file that passed the type and size checks.
 */
public interface AttachmentScanner {

    /** Returns normally if the file may be stored; throws to refuse it, with a message for the user. */
    void scan(String filename, byte[] content);

    AttachmentScanner NONE = (filename, content) -> {};
}
