-- "Tilsluttede kommuner" counts municipalities that are onboarded (their login is configured) and have
-- at least one active user, as identity's tenant-changed events state them (docs/api.md). A row per
-- tenant identity knows, replaced by each event. Rows kept from the older tenant-registered events are
-- onboarded municipalities whose users are not known yet: they count once their state arrives (identity
-- publishes every tenant's state in its migration V5).
alter table registered_tenant
    add column kind         text    not null default 'MUNICIPALITY',
    add column onboarded    boolean not null default true,
    add column active_users bigint  not null default 0,
    add column updated_at   timestamptz not null default now();

