-- Supplier sign-in (docs/security.md, "Supplier sign-in"). These tables are platform-wide like the tenant
-- registry: a supplier organisation answers many municipalities, so no row-level security by tenant.

-- Who may receive a sign-in link: exactly the contacts dialogue-service invited (supplier-invited), per
-- dialogue, with the dialogue's deadline kept current (dialogue-deadline-changed). A cancelled dialogue
-- ends the access (dialogue-cancelled). Addresses are stored lower-cased and never derived from a domain.
create table supplier_access (
    contact_id        uuid        not null,
    dialogue_id       bigint      not null,
    email             text        not null check (email = lower(email)),
    organisation_id   uuid        not null,
    organisation_name text        not null,
    deadline          timestamptz,
    invited_at        timestamptz not null default now(),
    ended_at          timestamptz,
    primary key (contact_id, dialogue_id)
);
create index supplier_access_email on supplier_access (email);
create index supplier_access_dialogue on supplier_access (dialogue_id);

-- Issued sign-in links: only the SHA-256 of the random token is kept, so a copy of this table logs
-- nobody in. Single use (used_at), bound to the address, contact and dialogue it was issued for.
create table supplier_sign_in_link (
    token_hash  text        primary key,
    email       text        not null,
    contact_id  uuid        not null,
    dialogue_id bigint      not null,
    issued_at   timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index supplier_sign_in_link_expiry on supplier_sign_in_link (expires_at);

-- "Jeg er leverandør": requests for a fresh link, counted per address (as a hash) and per client address,
-- shared by all instances so the limit holds behind a load balancer.
create table supplier_link_request (
    throttle_key text        not null,
    requested_at timestamptz not null default now()
);
create index supplier_link_request_key on supplier_link_request (throttle_key, requested_at);

grant select, insert, update on supplier_access to ${app_role};
grant select, insert, update, delete on supplier_sign_in_link to ${app_role};
grant select, insert, delete on supplier_link_request to ${app_role};
