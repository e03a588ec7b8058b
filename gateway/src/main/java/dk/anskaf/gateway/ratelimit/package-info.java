/** Rate limits per client and route, as token buckets. */
@NullMarked
package dk.anskaf.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
