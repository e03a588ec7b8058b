-- Transactional outbox: written in the same transaction as the state change, sent by OutboxRelay.
-- Not tenant-filtered: it is read only by the relay, which works for all tenants of this service.
create table outbox_event (
    position     bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    event_key    text        not null,
    tenant_id    text        not null,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);

create index outbox_event_unpublished on outbox_event (position) where published_at is null;

grant select, insert, update, delete on outbox_event to ${app_role};
grant usage on sequence outbox_event_position_seq to ${app_role};
