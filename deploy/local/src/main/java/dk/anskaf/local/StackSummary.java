package dk.anskaf.local;

import dk.anskaf.platform.registry.ServiceEntry;
import dk.anskaf.platform.registry.ServiceRegistry;
import java.time.Duration;

/** What the launcher prints once everything is up: where to open it, every service, the demo logins. */
final class StackSummary {

    private StackSummary() {}

    static String of(
            ServiceRegistry registry,
            StackEnvironment environment,
            StackInfrastructure infrastructure,
            Duration startup) {
        StringBuilder services = new StringBuilder();
        for (ServiceEntry service : registry.services()) {
            services.append(
                    " %-21s %s   %s%n".formatted(service.name(), environment.url(service.name()), service.note()));
        }
        String gateway = environment.url("gateway");
        String identity = environment.url("identity");
        return """

                ==================================================================
                 Anskaf is running (started in %d s). Ctrl-C stops everything.
                ------------------------------------------------------------------
                 Open                  %s  (log in through "Vælg myndighed")
                %s sent mails            http://localhost:%d
                 PostgreSQL            localhost:%d  (data in .anskaf-local/postgres)
                 Kafka                 %s
                 service logs          .anskaf-local/logs/
                ------------------------------------------------------------------
                 Demo users in Favrskov, Fredericia and Horsens Kommune, all with
                 password %s:
                   redaktoer (editor), indkoeber (purchaser), admin (administrator),
                   sih (SIH), medarbejder (employee), kravredaktoer (editor + board)
                 and under Driftsoperatør: drift (operator).

                 API client of Favrskov (editor): get a token, call the catalog via the gateway:
                 export TOKEN=$(curl -s -u %s:%s -d grant_type=client_credentials -d scope=api \
                   %s/oauth2/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                 curl -s -X POST %s/api/v1/requirements -H "Authorization: Bearer $TOKEN" \
                   -H 'Content-Type: application/json' \
                   -d '{"name":"Anmodning om restore","description":"Leverandøren skal gendanne data inden for 4 timer.","categoryId":6,"priority":"NORMAL","allDomains":true}'
                ==================================================================
                """.formatted(
                        startup.toSeconds(),
                        gateway,
                        services,
                        infrastructure.mailViewer().port(),
                        infrastructure.postgres().port(),
                        infrastructure.kafka().bootstrapServers(),
                        LocalStack.DEMO_PASSWORD,
                        LocalStack.DEMO_CLIENT_ID,
                        LocalStack.DEMO_CLIENT_SECRET,
                        identity,
                        gateway);
    }
}
