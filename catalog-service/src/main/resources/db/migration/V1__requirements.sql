-- Categories are reference data shared by all municipalities, maintained by the editorial board.
create table category (
    id   integer generated always as identity primary key,
    name varchar(100) not null unique
);

insert into category (name) values
    ('Sikkerhed'),
    ('Integration'),
    ('Lovgivning'),
    ('Data'),
    ('Standarder'),
    ('Drift, vedligehold og support'),
    ('Klienter og enheder');

grant select on category to ${app_role};

-- Krav id: stable, never reused, shown everywhere; shared by all owners so ids never collide.
create sequence requirement_id_seq start with 1000;

create table requirement (
    id          bigint primary key default nextval('requirement_id_seq'),
    owner_kind  text         not null check (owner_kind in ('MUNICIPALITY', 'CROSS_MUNICIPAL')),
    tenant_id   text,
    name        varchar(255) not null check (length(btrim(name)) > 0),
    description text         not null check (length(description) between 1 and 20000),
    category_id integer      not null references category (id),
    priority    text         not null check (priority in ('OPTIONAL', 'NORMAL', 'HIGH', 'ABSOLUTE')),
    created_by  text         not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    constraint requirement_owner check ((owner_kind = 'MUNICIPALITY') = (tenant_id is not null))
);

create index requirement_tenant on requirement (tenant_id);

alter table requirement enable row level security;
alter table requirement force row level security;

-- Everyone reads the cross-municipal catalogue; a municipality reads and writes only its own requirements.
-- Writing cross-municipal rows is reserved for the board (added with the editorial workflow) and for
-- explicit, audited cross-tenant jobs.
create policy requirement_read on requirement for select
    using (owner_kind = 'CROSS_MUNICIPAL'
        or tenant_id = current_setting('app.tenant_id', true)
        or current_setting('app.cross_tenant', true) = 'on');

create policy requirement_insert on requirement for insert
    with check ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or current_setting('app.cross_tenant', true) = 'on');

create policy requirement_update on requirement for update
    using ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or current_setting('app.cross_tenant', true) = 'on')
    with check ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or current_setting('app.cross_tenant', true) = 'on');

grant select, insert, update on requirement to ${app_role};
grant usage on sequence requirement_id_seq to ${app_role};

-- A municipality's request to promote one of its requirements (DOMAIN.md section 4.1).
create table promotion_request (
    id                 uuid primary key,
    requirement_id     bigint        not null references requirement (id),
    tenant_id          text          not null default current_setting('app.tenant_id', true),
    target             text          not null check (target in ('CROSS_MUNICIPAL')),
    reason             varchar(2000) not null check (length(btrim(reason)) > 0),
    status             text          not null check (status in ('PENDING', 'CANCELLED', 'APPROVED', 'REJECTED')),
    requested_by       text          not null,
    requested_by_name  text          not null,
    requested_by_email text          not null,
    requested_at       timestamptz   not null default now()
);

-- At most one pending request per requirement, also under concurrent requests.
create unique index promotion_request_one_pending on promotion_request (requirement_id) where status = 'PENDING';

alter table promotion_request enable row level security;
alter table promotion_request force row level security;

create policy promotion_request_tenant on promotion_request
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

grant select, insert, update on promotion_request to ${app_role};
