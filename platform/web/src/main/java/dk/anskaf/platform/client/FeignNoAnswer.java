package dk.anskaf.platform.client;

import feign.Capability;
import feign.Client;
import feign.Target;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A Feign call that gets no answer (connection refused, timed out, reset) fails with the same typed
 * exception as a 503, named after the client, instead of Feign's own. Public because Feign applies
 * capabilities by reflection.
 */
public final class FeignNoAnswer implements Capability {

    @Override
    public Client enrich(Client client) {
        return (request, options) -> {
            try {
                return client.execute(request, options);
            } catch (IOException e) {
                @Nullable
                Target<?> target = request.requestTemplate() == null
                        ? null
                        : request.requestTemplate().feignTarget();
                throw ServiceProblemException.noAnswer(target == null ? request.url() : target.name(), e);
            }
        };
    }
}
