package dk.anskaf.platform.events;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The CloudEvents 1.0 envelope (structured JSON mode) of every Anskaf event on Kafka. {@code subject} is
 * the aggregate id and also the record key; {@code tenantid} is the extension attribute naming the tenant
 * the event happened for.
 */
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String tenantid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    /** Kafka record header carrying the tenant, for tools that route or filter without parsing. */
    public static final String TENANT_HEADER = "anskaf-tenant";
}
