-- Tenant registry (owned here): municipalities, the operator organisation, communities.
create table tenant (
    tenant_id     text primary key,
    kind          text    not null check (kind in ('MUNICIPALITY', 'OPERATOR')),
    kommunekode   char(4) unique,
    name          text    not null,
    official_name text    not null,
    slug          text    not null unique,
    region        text,
    region_code   text,
    onboarded     boolean not null default false,
    login_method  text    not null default 'LOCAL' check (login_method in ('LOCAL', 'OIDC'))
);

grant select on tenant to ${app_role};
grant update (onboarded, login_method) on tenant to ${app_role};

create table community (
    id   uuid primary key,
    name text not null unique
);

create table community_member (
    community_id uuid not null references community (id),
    tenant_id    text not null references tenant (tenant_id),
    primary key (community_id, tenant_id)
);

grant select, insert, update, delete on community, community_member to ${app_role};

-- Users belong to one tenant; row-level security keeps each municipality to its own.
create table app_user (
    id              uuid primary key,
    tenant_id       text        not null references tenant (tenant_id),
    username        text        not null,
    display_name    text        not null,
    email           text        not null,
    password_hash   text,
    failed_attempts integer     not null default 0,
    locked_until    timestamptz,
    enabled         boolean     not null default true,
    created_at      timestamptz not null default now(),
    unique (tenant_id, username)
);

create table user_role (
    user_id   uuid not null references app_user (id) on delete cascade,
    tenant_id text not null,
    role      text not null check (role in ('purchaser', 'editor', 'administrator', 'sih', 'employee', 'board', 'operator')),
    primary key (user_id, role)
);

create table audit_event (
    id         bigserial primary key,
    tenant_id  text        not null,
    actor      text        not null,
    action     text        not null,
    details    text        not null,
    happened_at timestamptz not null default now()
);

alter table app_user enable row level security;
alter table app_user force row level security;
alter table user_role enable row level security;
alter table user_role force row level security;
alter table audit_event enable row level security;
alter table audit_event force row level security;

create policy app_user_tenant on app_user
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy user_role_tenant on user_role
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy audit_event_tenant on audit_event
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

grant select, insert, update, delete on app_user, user_role to ${app_role};
grant select, insert on audit_event to ${app_role};
grant usage on sequence audit_event_id_seq to ${app_role};

-- Spring Authorization Server storage (its schema, with PostgreSQL types as its comments advise).
create table oauth2_registered_client (
    id                            varchar(100)  not null primary key,
    client_id                     varchar(100)  not null,
    client_id_issued_at           timestamptz   not null default current_timestamp,
    client_secret                 varchar(200),
    client_secret_expires_at      timestamptz,
    client_name                   varchar(200)  not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types     varchar(1000) not null,
    redirect_uris                 varchar(1000),
    post_logout_redirect_uris     varchar(1000),
    scopes                        varchar(1000) not null,
    client_settings               varchar(2000) not null,
    token_settings                varchar(2000) not null
);

create table oauth2_authorization (
    id                            varchar(100) not null primary key,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);

create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);

grant select, insert, update, delete on oauth2_registered_client, oauth2_authorization,
    oauth2_authorization_consent to ${app_role};

-- Token signing keys, encrypted by the service (see SigningKeys).
create table signing_key (
    kid         text primary key,
    private_jwk text        not null,
    created_at  timestamptz not null default now()
);

grant select, insert on signing_key to ${app_role};
