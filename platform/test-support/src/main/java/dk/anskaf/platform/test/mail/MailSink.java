package dk.anskaf.platform.test.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) in this JVM that keeps every message it accepts. */
public final class MailSink implements AutoCloseable {

    private volatile GreenMail greenMail;
    private final int port;

    private MailSink(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts on {@code port}, or a free port when 0. */
    public static MailSink start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        if (port > 0) {
            setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        }
        setup.setServerStartupTimeout(10_000);
        GreenMail greenMail = new GreenMail(setup);
        greenMail.start();
        return new MailSink(greenMail, greenMail.getSmtp().getPort());
    }

    public int port() {
        return port;
    }

    public List<MimeMessage> messages() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Waits until at least {@code count} messages have arrived, or the timeout passes. */
    public List<MimeMessage> await(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] received = greenMail.getReceivedMessages();
            if (received.length >= count) {
                return Arrays.asList(received);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return messages();
    }

    /** Forgets every received message. */
    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops accepting connections, as in an outage. */
    public void stop() {
        greenMail.stop();
    }

    /**
     * Accepts connections again on the same port after {@link #stop()}, as a fresh server: messages
     * received before the outage are no longer listed.
     */
    public synchronized void restart() {
        greenMail.stop();
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail fresh = new GreenMail(setup);
        fresh.start();
        greenMail = fresh;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
