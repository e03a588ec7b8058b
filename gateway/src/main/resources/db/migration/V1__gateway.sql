-- Browser sessions, shared by every gateway instance (the OAuth2 tokens live in them, server-side).
create table web_session (
    id              text primary key,
    attributes      bytea       not null,
    created_at      timestamptz not null,
    last_accessed   timestamptz not null,
    max_inactive_s  integer     not null,
    expires_at      timestamptz not null
);

create index web_session_expires on web_session (expires_at);

-- Fixed-window request counters for rate limiting, shared by every gateway instance.
create table rate_limit_window (
    limiter_key  text        not null,
    window_start timestamptz not null,
    requests     integer     not null,
    primary key (limiter_key, window_start)
);

grant select, insert, update, delete on web_session, rate_limit_window to ${app_role};
