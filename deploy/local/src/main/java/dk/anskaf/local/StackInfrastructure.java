package dk.anskaf.local;

import dk.anskaf.platform.test.infra.EmbeddedPostgresServer;
import dk.anskaf.platform.test.kafka.KafkaProcessBroker;
import dk.anskaf.platform.test.mail.MailSink;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * What every service stands on in the local run: embedded PostgreSQL 17, a Kafka broker process and an
 * SMTP sink with a web page of the mails sent. Started before the services and stopped after them.
 */
final class StackInfrastructure implements AutoCloseable {

    private final EmbeddedPostgresServer postgres;
    private final KafkaProcessBroker kafka;
    private final MailSink mail;
    private final MailViewer mailViewer;

    private StackInfrastructure(
            EmbeddedPostgresServer postgres, KafkaProcessBroker kafka, MailSink mail, MailViewer mailViewer) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.mailViewer = mailViewer;
    }

    static StackInfrastructure start(LocalStack.Settings settings, Consumer<String> log) throws IOException {
        log.accept("Starting PostgreSQL 17 (embedded) on port " + settings.postgresPort());
        EmbeddedPostgresServer postgres =
                EmbeddedPostgresServer.start(settings.state().resolve("postgres"), settings.postgresPort());
        KafkaProcessBroker kafka = null;
        MailSink mail = null;
        try {
            log.accept("Starting Kafka (KRaft) on port " + settings.kafkaPort());
            kafka = KafkaProcessBroker.launch(settings.state().resolve("kafka"), settings.kafkaPort());
            mail = MailSink.start(settings.smtpPort());
            return new StackInfrastructure(postgres, kafka, mail, MailViewer.start(mail, settings.mailViewerPort()));
        } catch (RuntimeException e) {
            // Whatever started is stopped again: a half-started stack would hold its ports until the JVM ends.
            if (mail != null) {
                mail.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            postgres.close();
            throw e;
        }
    }

    EmbeddedPostgresServer postgres() {
        return postgres;
    }

    KafkaProcessBroker kafka() {
        return kafka;
    }

    MailSink mail() {
        return mail;
    }

    MailViewer mailViewer() {
        return mailViewer;
    }

    @Override
    public void close() {
        kafka.close();
        postgres.close();
        mailViewer.close();
        mail.close();
    }
}
