-- A tenant-owned table used only by the platform's own tests, set up exactly as services must.
create table note (
    id        bigserial primary key,
    tenant_id text not null default current_setting('app.tenant_id', true),
    text      varchar(200) not null
);

alter table note enable row level security;
alter table note force row level security;

create policy note_tenant on note
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

grant select, insert, update, delete on note to ${app_role};
grant usage on sequence note_id_seq to ${app_role};
