-- A municipality's own additions to a shared requirement (DOMAIN.md section 3.8), and its favourite
-- flag on its own requirements: one row per requirement and municipality, visible only to it.
create table local_extension (
    requirement_id    bigint      not null references requirement (id),
    tenant_id         text        not null default current_setting('app.tenant_id', true),
    local_description text check (length(local_description) <= 20000),
    interpretation    text check (length(interpretation) <= 20000),
    stakeholders      varchar(255),
    favourite         boolean     not null default false,
    opted_out         boolean     not null default false,
    opt_out_reason    varchar(2000),
    updated_by        text        not null,
    updated_at        timestamptz not null default now(),
    primary key (requirement_id, tenant_id),
    constraint opt_out_needs_reason check (not opted_out or length(btrim(opt_out_reason)) > 0)
);

alter table local_extension enable row level security;
alter table local_extension force row level security;

create policy local_extension_tenant on local_extension
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

grant select, insert, update, delete on local_extension to ${app_role};
