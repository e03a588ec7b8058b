-- Attachments (Bilag) in the database, so every instance serves them and access is row-level
-- security's: shared attachments of cross-municipal requirements (tenant_id null) are public like the
-- catalogue; a municipality's attachments (on its own requirements, or local ones on shared
-- requirements) are its own.
create table attachment (
    id             uuid primary key,
    requirement_id bigint       not null references requirement (id),
    tenant_id      text,
    filename       varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     integer      not null check (size_bytes between 1 and 10485760),
    data           bytea        not null,
    uploaded_by    text         not null,
    uploaded_at    timestamptz  not null default now()
);

create index attachment_requirement on attachment (requirement_id);

alter table attachment enable row level security;
alter table attachment force row level security;

create policy attachment_read on attachment for select
    using (tenant_id is null or tenant_id = current_setting('app.tenant_id', true)
        or current_setting('app.cross_tenant', true) = 'on');
create policy attachment_write on attachment for all
    using ((tenant_id is not null and tenant_id = current_setting('app.tenant_id', true))
        or (tenant_id is null and 'board' = any(string_to_array(current_setting('app.roles', true), ',')))
        or current_setting('app.cross_tenant', true) = 'on')
    with check ((tenant_id is not null and tenant_id = current_setting('app.tenant_id', true))
        or (tenant_id is null and 'board' = any(string_to_array(current_setting('app.roles', true), ',')))
        or current_setting('app.cross_tenant', true) = 'on');

grant select, insert, delete on attachment to ${app_role};
