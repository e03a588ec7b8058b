package dk.anskaf.notification;

import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.mail.TestMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;

/** What the test SMTP server received, found by a part of the subject. */
public final class ReceivedMail {

    private ReceivedMail() {}

    /** Waits up to 30 s for {@code count} messages whose subject contains the text. */
    public static List<MimeMessage> await(String subjectPart, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (about(subjectPart).size() < count && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(100));
        }
        return about(subjectPart);
    }

    public static List<MimeMessage> about(String subjectPart) {
        return TestMail.sink().messages().stream()
                .filter(m -> {
                    try {
                        return m.getSubject() != null && m.getSubject().contains(subjectPart);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The text/plain or text/html part, with the line ends SMTP transport turned into CRLF back to LF. */
    public static String part(MimeMessage mail, String type) {
        try {
            String found = find((MimeMultipart) mail.getContent(), type);
            return found == null ? null : found.replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(MimeMultipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
        }
        return null;
    }

    public static void sleep(Duration duration) {
        IntegrationFixture.sleep(duration);
    }
}
