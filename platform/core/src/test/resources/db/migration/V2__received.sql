create table received (
    event_id  uuid primary key,
    tenant_id text not null default current_setting('app.tenant_id', true),
    text      text not null
);

alter table received enable row level security;
alter table received force row level security;

create policy received_tenant on received
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

grant select, insert on received to ${app_role};
