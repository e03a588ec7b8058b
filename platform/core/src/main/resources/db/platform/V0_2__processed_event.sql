-- Idempotent consumption: one row per (consumer, event) in the same transaction as the event's effect.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

grant select, insert, delete on processed_event to ${app_role};
