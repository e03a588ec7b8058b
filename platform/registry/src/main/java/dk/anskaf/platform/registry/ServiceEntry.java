package dk.anskaf.platform.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One service of the platform, as {@code anskaf/services.yaml} describes it.
 *
 * @param name the service's name: its process, log file and the fallback's name for it
 * @param module the Maven module folder (relative to the repository root) that builds its executable jar
 * @param port its port in the local run; instances of a scaled service are {@value #INSTANCE_PORT_STEP} apart
 * @param database its own PostgreSQL database, or {@code null} when it keeps no data
 * @param scales whether the local run starts as many instances of it as asked for, rather than one
 * @param urlEnv the environment variable through which the other services reach it, or {@code null}
 * @param env further variables the others read, as templates over its address ({@code "{url}/oauth2/jwks"})
 * @param note one line for the launcher's printout
 * @param routes what the gateway sends to it, possibly none
 */
public record ServiceEntry(
        String name,
        String module,
        int port,
        @Nullable String database,
        boolean scales,
        @Nullable String urlEnv,
        Map<String, String> env,
        String note,
        List<ServiceRoute> routes) {

    /** How far apart the ports of a scaled service's instances are. */
    public static final int INSTANCE_PORT_STEP = 100;

    public ServiceEntry {
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
        routes = List.copyOf(routes);
    }

    public Optional<String> databaseName() {
        return Optional.ofNullable(database);
    }

    /** The port of instance {@code index} (from 0) when every port is moved by {@code offset}. */
    public int port(int offset, int index) {
        return port + offset + index * INSTANCE_PORT_STEP;
    }

    /**
     * The variables the other services need to reach this one at {@code url}: {@link #urlEnv()} itself and
     * each of {@link #env()} with {@code {url}} replaced. Empty when nothing reaches it.
     */
    public Map<String, String> environmentFor(String url) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (urlEnv != null) {
            variables.put(urlEnv, url);
        }
        env.forEach((key, template) -> variables.put(key, template.replace("{url}", url)));
        return variables;
    }
}
