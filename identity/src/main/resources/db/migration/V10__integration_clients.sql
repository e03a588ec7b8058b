-- A municipality's integration clients for the read API (docs/api.md "Read API for municipalities";
-- DOMAIN.md §6.6, where the incumbent hands out a CVR and an API key in clear). The OAuth2 client itself
-- (client id, the secret's bcrypt hash, grant client_credentials, scope dialogue.read, the tenant in its
-- settings) is a row of oauth2_registered_client; this table says whose it is, so a municipal
-- administrator lists, rotates and revokes only its own municipality's clients (row-level security).
create table integration_client (
    id                   uuid         primary key,
    tenant_id            text         not null references tenant (tenant_id),
    client_id            varchar(100) not null unique,
    registered_client_id varchar(100) not null,
    name                 varchar(200) not null check (char_length(btrim(name)) between 1 and 200),
    created_at           timestamptz  not null default now(),
    created_by_name      varchar(200) not null,
    secret_rotated_at    timestamptz,
    revoked_at           timestamptz,
    revoked_by_name      varchar(200)
);
create index integration_client_tenant on integration_client (tenant_id) where revoked_at is null;

alter table integration_client enable row level security;
alter table integration_client force row level security;
create policy integration_client_tenant on integration_client
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

-- No delete: a revoked client stays as a record of who had access (its OAuth2 registration is removed).
grant select, insert, update on integration_client to ${app_role};
