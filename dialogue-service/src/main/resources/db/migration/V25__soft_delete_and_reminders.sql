-- Market dialogues II, lifecycle (issue #15): soft delete enforced by row-level security, and the
-- reminder mail's "once per dialogue and contact".
--
-- A deleted dialogue (V12's deleted_at) vanishes from every read path of purchasers and suppliers in the
-- database itself, so no query written later can show it by forgetting a condition. Only an
-- administrator who asks for deleted dialogues (the service sets app.include_deleted = 'on' for that one
-- transaction, after checking the role) and the cross-tenant jobs (which filter deleted_at themselves)
-- see one.

-- Restrictive: ANDed with every permissive policy of the table (the municipality's and the supplier's).
-- The check also keeps a non-administrator from setting deleted_at at all.
create policy dialogue_not_deleted on dialogue as restrictive for all
    using (deleted_at is null
           or current_setting('app.cross_tenant', true) = 'on'
           or (current_setting('app.include_deleted', true) = 'on'
               and 'administrator' = any(string_to_array(current_setting('app.roles', true), ','))))
    with check (deleted_at is null
           or current_setting('app.cross_tenant', true) = 'on'
           or (current_setting('app.include_deleted', true) = 'on'
               and 'administrator' = any(string_to_array(current_setting('app.roles', true), ','))));

-- The ids of deleted dialogues and of their answer sets, kept by a trigger on dialogue. The rows below a
-- dialogue check here rather than in dialogue or answer_set themselves: dialogue's supplier policy reads
-- answer_set, so an answer_set policy reading dialogue would make PostgreSQL refuse the policies as
-- recursive; and a policy reading answer_set would see it through answer_set's own policies, which hide
-- the deleted ones, so "no deleted answer set" would wrongly hold. Ids alone say nothing, so every caller
-- may read them; only the owning municipality writes them (through the trigger).
create table deleted_dialogue (
    dialogue_id bigint primary key references dialogue (id) on delete cascade,
    tenant_id   text   not null
);

create table deleted_answer_set (
    answer_set_id uuid   primary key references answer_set (id) on delete cascade,
    dialogue_id   bigint not null references deleted_dialogue (dialogue_id) on delete cascade,
    tenant_id     text   not null
);

alter table deleted_dialogue enable row level security;
alter table deleted_dialogue force row level security;
create policy deleted_dialogue_read on deleted_dialogue for select using (true);
create policy deleted_dialogue_write on deleted_dialogue for insert
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy deleted_dialogue_remove on deleted_dialogue for delete
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

alter table deleted_answer_set enable row level security;
alter table deleted_answer_set force row level security;
create policy deleted_answer_set_read on deleted_answer_set for select using (true);
create policy deleted_answer_set_write on deleted_answer_set for insert
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy deleted_answer_set_remove on deleted_answer_set for delete
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

create function dialogue_track_deleted() returns trigger
    language plpgsql as $$
begin
    -- Runs in the deleting (or undeleting) administrator's transaction, which sees the deleted rows.
    if new.deleted_at is not null and old.deleted_at is null then
        insert into deleted_dialogue (dialogue_id, tenant_id) values (new.id, new.tenant_id);
        insert into deleted_answer_set (answer_set_id, dialogue_id, tenant_id)
            select s.id, s.dialogue_id, s.tenant_id from answer_set s where s.dialogue_id = new.id;
    elsif new.deleted_at is null and old.deleted_at is not null then
        delete from deleted_answer_set where dialogue_id = new.id;
        delete from deleted_dialogue where dialogue_id = new.id;
    end if;
    return new;
end;
$$;

create trigger dialogue_track_deleted after update of deleted_at on dialogue
    for each row execute function dialogue_track_deleted();

-- Whether the caller may see rows below deleted dialogues (the same exceptions as dialogue's policy).
create function dialogue_deleted_visible() returns boolean
    language sql stable as $$
    select current_setting('app.cross_tenant', true) = 'on'
        or (current_setting('app.include_deleted', true) = 'on'
            and 'administrator' = any(string_to_array(current_setting('app.roles', true), ',')))
$$;

create policy dialogue_requirement_not_deleted on dialogue_requirement as restrictive for all
    using (dialogue_deleted_visible()
           or not exists (select 1 from deleted_dialogue x where x.dialogue_id = dialogue_requirement.dialogue_id));
create policy answer_set_not_deleted on answer_set as restrictive for all
    using (dialogue_deleted_visible()
           or not exists (select 1 from deleted_dialogue x where x.dialogue_id = answer_set.dialogue_id));
create policy invitation_not_deleted on invitation as restrictive for all
    using (dialogue_deleted_visible()
           or not exists (select 1 from deleted_answer_set x where x.answer_set_id = invitation.answer_set_id));
create policy answer_not_deleted on answer as restrictive for all
    using (dialogue_deleted_visible()
           or not exists (select 1 from deleted_answer_set x where x.answer_set_id = answer.answer_set_id));
create policy answer_review_not_deleted on answer_review as restrictive for all
    using (dialogue_deleted_visible()
           or not exists (select 1 from deleted_answer_set x where x.answer_set_id = answer_review.answer_set_id));
create policy dialogue_audit_not_deleted on dialogue_audit as restrictive for all
    using (dialogue_deleted_visible()
           or not exists (select 1 from deleted_dialogue x where x.dialogue_id = dialogue_audit.dialogue_id));

grant select, insert, delete on deleted_dialogue, deleted_answer_set to ${app_role};

-- The reminder before the deadline, once per dialogue and invited contact: the job inserts this row in the
-- same transaction as the outbox event, so a second instance (or run) finds it and sends nothing. A
-- postponement does not remove it: the contact was reminded of this dialogue once, and the postponement
-- mail (dialogue-deadline-changed) already tells of the new deadline.
create table reminder_sent (
    dialogue_id bigint      not null references dialogue (id) on delete cascade,
    contact_id  uuid        not null references supplier_contact (id),
    tenant_id   text        not null,
    sent_at     timestamptz not null default now(),
    primary key (dialogue_id, contact_id)
);

alter table reminder_sent enable row level security;
alter table reminder_sent force row level security;
create policy reminder_sent_tenant on reminder_sent for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

grant select, insert on reminder_sent to ${app_role};

-- The reminder job's question: active dialogues whose deadline is near.
create index dialogue_active_deadline on dialogue (deadline) where status = 'ACTIVE' and deleted_at is null;
