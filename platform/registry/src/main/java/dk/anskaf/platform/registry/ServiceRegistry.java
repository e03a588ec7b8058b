package dk.anskaf.platform.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every service of the platform, read once from {@value #RESOURCE} on the classpath. The one place a new
 * service is described: the launcher derives ports, databases, environment and its printout from it, the
 * gateway its routes, the system tests the services they check.
 *
 * <p>Refuses, with an {@link IllegalStateException} naming the entry and field, a file with unknown or
 * missing fields, two services on one name, port or database, or two routes of one id: such a mistake
 * would otherwise show up as a service that silently never starts or is never routed.
 *
 * @param services in the file's order, which is also the launcher's start order
 */
public record ServiceRegistry(List<ServiceEntry> services) {

    /** Where the registry lives on the classpath (in the {@code anskaf-registry} jar). */
    public static final String RESOURCE = "anskaf/services.yaml";

    private static final Pattern DATABASE = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public ServiceRegistry {
        services = List.copyOf(services);
        validate(services);
    }

    /** The registry from the classpath. */
    public static ServiceRegistry load() {
        try (InputStream in = ServiceRegistry.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the classpath (module platform/registry)");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /** The registry in YAML text of the same shape as {@value #RESOURCE}. */
    public static ServiceRegistry read(Reader yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        YamlNode root = YamlNode.root(document);
        return new ServiceRegistry(
                root.list("services").stream().map(ServiceRegistry::service).toList());
    }

    /** The service of that name; {@link NoSuchElementException} when there is none. */
    public ServiceEntry service(String name) {
        return services.stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No service " + name + " in " + RESOURCE));
    }

    /** Every gateway route of every service, in the registry's order. */
    public List<ServiceRoute> routes() {
        return services.stream().flatMap(service -> service.routes().stream()).toList();
    }

    /** The services that keep data, each with its own database. */
    public List<ServiceEntry> withDatabase() {
        return services.stream().filter(service -> service.database() != null).toList();
    }

    private static ServiceEntry service(YamlNode node) {
        node.allowOnly("name", "module", "port", "database", "scales", "url-env", "env", "note", "routes");
        return new ServiceEntry(
                node.text("name"),
                node.text("module"),
                node.integer("port"),
                node.optionalText("database"),
                node.flag("scales"),
                node.optionalText("url-env"),
                node.textMap("env"),
                node.optionalText("note") == null ? "" : node.text("note"),
                node.list("routes").stream().map(ServiceRegistry::route).toList());
    }

    private static ServiceRoute route(YamlNode node) {
        node.allowOnly("id", "paths", "except", "order", "kind", "timeout");
        String kind = node.optionalText("kind");
        String timeout = node.optionalText("timeout");
        return new ServiceRoute(
                node.text("id"),
                node.textList("paths"),
                node.textList("except"),
                node.optionalText("order") == null ? 0 : node.integer("order"),
                kind == null ? ServiceRoute.Kind.API : node.choice("kind", ServiceRoute.Kind.class),
                timeout == null ? ServiceRoute.Timeout.ROUTE : node.choice("timeout", ServiceRoute.Timeout.class));
    }

    private static void validate(List<ServiceEntry> services) {
        Set<String> names = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        Set<String> databases = new HashSet<>();
        Set<String> routeIds = new HashSet<>();
        for (ServiceEntry service : services) {
            String where = "service " + service.name() + " in " + RESOURCE;
            require(names.add(service.name()), "two services named " + service.name());
            require(ports.add(service.port()), where + ": port " + service.port() + " is taken");
            if (service.database() != null) {
                require(DATABASE.matcher(service.database()).matches(), where + ": database must match " + DATABASE);
                require(databases.add(service.database()), where + ": database " + service.database() + " is taken");
            }
            if (service.urlEnv() != null) {
                require(VARIABLE.matcher(service.urlEnv()).matches(), where + ": url-env must match " + VARIABLE);
            }
            service.env().keySet().forEach(key -> require(VARIABLE.matcher(key).matches(), where + ": env " + key));
            for (ServiceRoute route : service.routes()) {
                require(routeIds.add(route.id()), where + ": route id " + route.id() + " is taken");
                require(!route.paths().isEmpty(), where + ": route " + route.id() + " has no paths");
                require(service.urlEnv() != null, where + ": a routed service needs url-env");
            }
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid service registry: " + message);
        }
    }

    static String constant(String value) {
        return value.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
