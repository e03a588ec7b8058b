-- A dry run keeps the uploaded kravbank file for a day, so the editor confirms exactly the file that was
-- checked, without uploading it again; the portal in front keeps nothing. Only the municipality that
-- uploaded it can see or confirm it.
create table staged_import (
    id          uuid primary key,
    tenant_id   text         not null,
    uploaded_by text         not null,
    target      text         not null check (target in ('LOCAL', 'CROSS_MUNICIPAL')),
    filename    varchar(255) not null,
    data        bytea        not null,
    created_at  timestamptz  not null default now()
);

alter table staged_import enable row level security;
alter table staged_import force row level security;

create policy staged_import_own on staged_import for all
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, delete on staged_import to ${app_role};
