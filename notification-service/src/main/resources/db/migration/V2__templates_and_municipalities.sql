-- Mailskabeloner: a municipality's own subject and body for a message type; no row means the Danish
-- default. The editorial board's templates are one shared set under the scope 'kravredaktion': every
-- municipality's mail to or from the board reads them, only board members change them.
create table mail_template (
    tenant_id    text         not null default current_setting('app.tenant_id', true),
    message_type text         not null,
    subject      varchar(250) not null,
    body         text         not null check (length(body) <= 10000),
    updated_by   text         not null,
    updated_at   timestamptz  not null default now(),
    primary key (tenant_id, message_type)
);

alter table mail_template enable row level security;
alter table mail_template force row level security;

create policy mail_template_read on mail_template for select
    using (tenant_id = current_setting('app.tenant_id', true) or tenant_id = 'kravredaktion'
           or current_setting('app.cross_tenant', true) = 'on');

create policy mail_template_write on mail_template for all
    using ((tenant_id = current_setting('app.tenant_id', true) and tenant_id <> 'kravredaktion')
           or (tenant_id = 'kravredaktion' and 'board' = any (string_to_array(current_setting('app.roles', true), ',')))
           or current_setting('app.cross_tenant', true) = 'on')
    with check ((tenant_id = current_setting('app.tenant_id', true) and tenant_id <> 'kravredaktion')
           or (tenant_id = 'kravredaktion' and 'board' = any (string_to_array(current_setting('app.roles', true), ',')))
           or current_setting('app.cross_tenant', true) = 'on');

grant select, insert, update, delete on mail_template to ${app_role};

-- The sender identity per municipality: its name (from identity's tenant events) shown as the From
-- display name, and the contact address (Kontakt email) its administrator sets, used as Reply-To.
create table municipality (
    tenant_id     text         primary key default current_setting('app.tenant_id', true),
    name          varchar(200),
    contact_email varchar(320),
    updated_at    timestamptz  not null default now()
);

alter table municipality enable row level security;
alter table municipality force row level security;

create policy municipality_tenant on municipality
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

grant select, insert, update on municipality to ${app_role};

-- The delivery log is read by municipality, type, status and time.
create index mail_message_log on mail_message (tenant_id, created_at desc);
create index mail_message_event on mail_message (event_id);
