package dk.anskaf.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request limits of ONE gateway instance, each a token bucket that holds a minute's allowance and
 * refills it evenly over the minute. With N instances behind a load balancer that spreads requests, a
 * client gets up to N times these numbers cluster-wide (docs/operations.md, "Rate limits").
 *
 * @param anonymousPerMinute per client address, for everything an anonymous caller asks for except
 *     assets and kravbank downloads: public pages, the login redirects and the public API. 1200 is
 *     sized for a municipality's office of about 100 people behind one NAT address: browsing with
 *     cached assets costs one request per page, and nobody reads more than a page every 5 seconds
 *     for a minute on end (100 × 12 = 1200)
 * @param municipalityPerMinute per municipality (the verified token's tenant) for signed-in users and
 *     API clients
 * @param supplierOrganisationPerMinute per supplier organisation (the verified token's {@code supplier_org};
 *     such a token names no tenant) for its signed-in contacts: 600 lets several contacts of one
 *     organisation save an answer every second or so on end (the portal saves each answer as it is
 *     given), while one organisation's script cannot flood the dialogues. Not per address: hundreds of
 *     organisations answer in a dialogue's last minutes, some of them behind one address
 * @param kravbankDownloadsPerMinute per client address (anonymous), per municipality or per supplier organisation (signed in),
 *     for {@code /api/v1/public/kravbank.*} and {@code /api/v1/kravbank.*}: each is a whole catalogue
 *     export (seconds of CPU), so its own, much smaller bucket
 * @param maxTrackedKeys how many keys (addresses, municipalities) one instance remembers; beyond it the
 *     least recently used bucket is forgotten, so memory cannot grow with the number of addresses
 */
@ConfigurationProperties("anskaf.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("1200") int anonymousPerMinute,
        @DefaultValue("6000") int municipalityPerMinute,
        @DefaultValue("600") int supplierOrganisationPerMinute,
        @DefaultValue("10") int kravbankDownloadsPerMinute,
        @DefaultValue("100000") int maxTrackedKeys) {

    public RateLimitProperties {
        positive("anskaf.gateway.rate-limit.anonymous-per-minute", anonymousPerMinute);
        positive("anskaf.gateway.rate-limit.municipality-per-minute", municipalityPerMinute);
        positive("anskaf.gateway.rate-limit.supplier-organisation-per-minute", supplierOrganisationPerMinute);
        positive("anskaf.gateway.rate-limit.kravbank-downloads-per-minute", kravbankDownloadsPerMinute);
        positive("anskaf.gateway.rate-limit.max-tracked-keys", maxTrackedKeys);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
