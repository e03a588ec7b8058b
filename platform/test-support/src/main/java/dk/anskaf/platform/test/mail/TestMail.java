package dk.anskaf.platform.test.mail;

/** The SMTP sink of this JVM, started on first use. */
public final class TestMail {

    private static MailSink sink;

    private TestMail() {}

    public static synchronized MailSink sink() {
        if (sink == null) {
            sink = MailSink.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(sink::close, "stop-mail-sink"));
        }
        return sink;
    }
}
