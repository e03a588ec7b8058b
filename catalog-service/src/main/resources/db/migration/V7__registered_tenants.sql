-- Municipalities onboarded in identity (from its TenantRegistered events), for the front page's
-- "Kommuner tilsluttet". Reference data without tenant filtering.
create table registered_tenant (
    tenant_id     text primary key,
    name          text        not null,
    registered_at timestamptz not null default now()
);

grant select, insert, update on registered_tenant to ${app_role};
