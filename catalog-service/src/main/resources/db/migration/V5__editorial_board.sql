-- The editorial board's work (DOMAIN.md section 4): meetings with an agenda of pending requests, and
-- decisions (approve, reject with reason, postpone) recorded on each request.
create table board_meeting (
    id           uuid primary key,
    meeting_date date        not null unique,
    created_by   text        not null,
    created_at   timestamptz not null default now()
);

alter table board_meeting enable row level security;
alter table board_meeting force row level security;
create policy board_meeting_board on board_meeting
    using ('board' = any(string_to_array(current_setting('app.roles', true), ',')))
    with check ('board' = any(string_to_array(current_setting('app.roles', true), ',')));
grant select, insert on board_meeting to ${app_role};

alter table promotion_request
    add column postponed_count integer not null default 0,
    add column meeting_id      uuid references board_meeting (id),
    add column decided_by      text,
    add column decided_at      timestamptz,
    add column decision_reason varchar(2000);

-- The board sees and decides every municipality's requests.
drop policy promotion_request_tenant on promotion_request;
create policy promotion_request_access on promotion_request
    using (tenant_id = current_setting('app.tenant_id', true)
        or 'board' = any(string_to_array(current_setting('app.roles', true), ','))
        or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true)
        or 'board' = any(string_to_array(current_setting('app.roles', true), ','))
        or current_setting('app.cross_tenant', true) = 'on');

-- A local requirement with a pending request is readable and editable by the board (DOMAIN.md 4.1).
create or replace function pending_promotion(requirement bigint) returns boolean
    language sql stable security invoker
    as $$ select exists (select 1 from promotion_request p where p.requirement_id = requirement and p.status = 'PENDING') $$;

drop policy requirement_read on requirement;
drop policy requirement_update on requirement;
create policy requirement_read on requirement for select
    using (owner_kind = 'CROSS_MUNICIPAL'
        or tenant_id = current_setting('app.tenant_id', true)
        or ('board' = any(string_to_array(current_setting('app.roles', true), ',')) and pending_promotion(id))
        or current_setting('app.cross_tenant', true) = 'on');
create policy requirement_update on requirement for update
    using ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or ('board' = any(string_to_array(current_setting('app.roles', true), ','))
            and (owner_kind = 'CROSS_MUNICIPAL' or pending_promotion(id)))
        or current_setting('app.cross_tenant', true) = 'on')
    with check ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or ('board' = any(string_to_array(current_setting('app.roles', true), ','))
            and (owner_kind = 'CROSS_MUNICIPAL' or pending_promotion(id)))
        or current_setting('app.cross_tenant', true) = 'on');

drop policy requirement_revision_read on requirement_revision;
drop policy requirement_revision_write on requirement_revision;
create policy requirement_revision_read on requirement_revision for select
    using (owner_kind = 'CROSS_MUNICIPAL' or tenant_id = current_setting('app.tenant_id', true)
        or ('board' = any(string_to_array(current_setting('app.roles', true), ',')) and pending_promotion(requirement_id))
        or current_setting('app.cross_tenant', true) = 'on');
create policy requirement_revision_write on requirement_revision for insert
    with check ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or 'board' = any(string_to_array(current_setting('app.roles', true), ','))
        or current_setting('app.cross_tenant', true) = 'on');

grant execute on function pending_promotion(bigint) to ${app_role};
