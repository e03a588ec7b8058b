package dk.anskaf.platform.errors;

import java.io.IOException;

/** A streamed request body grew past the limit while being read. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long maxBytes) {
        super("Request body larger than " + maxBytes + " bytes");
    }
}
