package dk.anskaf.local;

import dk.anskaf.platform.registry.ServiceEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * One process of a registry service in the local run.
 *
 * @param service its registry entry
 * @param name the process's name: the service's, numbered from 1 when it runs more than once
 * @param port where it listens
 */
record ServiceInstance(ServiceEntry service, String name, int port) {

    /**
     * The instances of every service: as many as {@code instances} of those the registry marks as scaling,
     * one of the others; ports moved by {@code offset}.
     */
    static List<ServiceInstance> plan(List<ServiceEntry> services, int offset, int instances) {
        List<ServiceInstance> plan = new ArrayList<>();
        for (ServiceEntry service : services) {
            int count = service.scales() ? instances : 1;
            for (int i = 0; i < count; i++) {
                String name = count == 1 ? service.name() : service.name() + "-" + (i + 1);
                plan.add(new ServiceInstance(service, name, service.port(offset, i)));
            }
        }
        return List.copyOf(plan);
    }

    /** The addresses of every instance of {@code service} in {@code plan}, in order. */
    static List<String> urls(List<ServiceInstance> plan, String service) {
        return plan.stream()
                .filter(instance -> instance.service().name().equals(service))
                .map(ServiceInstance::url)
                .toList();
    }

    String url() {
        return "http://localhost:" + port;
    }
}
