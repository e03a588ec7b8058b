-- Every mail is stored before it is sent. The idempotency key (event x recipient x template) makes a
-- redelivered event produce no second message; the status tells where each one is.
create table mail_message (
    id              uuid primary key,
    tenant_id       text         not null default current_setting('app.tenant_id', true),
    idempotency_key text         not null unique,
    event_id        uuid         not null,
    template        text         not null,
    recipient       varchar(320) not null,
    from_name       varchar(200) not null,
    reply_to        varchar(320),
    subject         varchar(500) not null,
    body_text       text         not null,
    body_html       text         not null,
    status          text         not null check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'DEAD')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz
);

create index mail_message_due on mail_message (next_attempt_at) where status in ('QUEUED', 'FAILED', 'SENDING');

alter table mail_message enable row level security;
alter table mail_message force row level security;

create policy mail_message_tenant on mail_message
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

grant select, insert, update on mail_message to ${app_role};
