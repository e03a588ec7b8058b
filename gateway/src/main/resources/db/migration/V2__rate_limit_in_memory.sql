-- Rate limits are now per-instance token buckets in memory (dk.anskaf.gateway.ratelimit): no database
-- write on the request path. The fixed-window counters are no longer read or written.
drop table if exists rate_limit_window;
