-- Review and elaboration (issue #15, part "review"): the rounds of "Uddybning krævet", the database's own
-- guard on what a supplier may write during one, and the supplier's share of the audit trail.

-- One row per elaboration round of an answer set (§5.10: the incumbent loses the purchaser's message).
-- answers_before is the set's choices and elaborations when the round was asked for; changes is what the
-- supplier changed by the time it sent the set back ([{"requirementId":…,"kravId":…,"oldChoice":…,
-- "newChoice":…,"oldElaboration":…,"newElaboration":…}]), so every round says who, when and what.
create table elaboration_round (
    id                bigint generated always as identity primary key,
    tenant_id         text          not null,
    dialogue_id       bigint        not null references dialogue (id) on delete cascade,
    answer_set_id     uuid          not null references answer_set (id) on delete cascade,
    organisation_id   uuid          not null,
    round_number      integer       not null check (round_number >= 1),
    message           text          not null check (char_length(message) between 1 and 5000),
    requested_by      varchar(200)  not null,
    requested_by_name varchar(200)  not null,
    requested_at      timestamptz   not null default now(),
    answers_before    jsonb         not null default '[]',
    sent_back_at      timestamptz,
    sent_back_by      varchar(320),
    changes           jsonb,
    unique (answer_set_id, round_number)
);

create index elaboration_round_dialogue on elaboration_round (dialogue_id);
-- At most one open round per answer set: the aggregate's status says so, the index makes it hold.
create unique index elaboration_round_open on elaboration_round (answer_set_id) where sent_back_at is null;

alter table elaboration_round enable row level security;
alter table elaboration_round force row level security;
create policy elaboration_round_tenant on elaboration_round for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
-- The supplier reads its own rounds (the message) and closes the open one when it sends the set back.
create policy elaboration_round_supplier_read on elaboration_round for select
    using (organisation_id::text = current_setting('app.supplier_org', true));
create policy elaboration_round_supplier_update on elaboration_round for update
    using (organisation_id::text = current_setting('app.supplier_org', true))
    with check (organisation_id::text = current_setting('app.supplier_org', true));

grant select, insert, update on elaboration_round to ${app_role};

-- A supplier sending its set back writes the audit row for the dialogue it answers, and only that one,
-- under the dialogue's municipality (it has no municipality of its own).
create policy dialogue_audit_supplier_insert on dialogue_audit for insert
    with check (exists (select 1 from answer_set s
                        where s.dialogue_id = dialogue_audit.dialogue_id
                          and s.tenant_id = dialogue_audit.tenant_id
                          and s.organisation_id::text = current_setting('app.supplier_org', true)));

-- V10's rule, widened by exactly one case: during an elaboration round (the set is ELABORATION_REQUESTED,
-- the dialogue Aktiv or Besvaret) an existing answer may be changed whatever the deadline, but never its
-- price, and no answer is added. The application saves with insert … on conflict do update, so the insert
-- trigger sees the row first: it lets it through only when the answer already exists with the same price
-- (the conflict turns it into an update, which this trigger checks again against the old row).
-- Everything else is V10's: an open set, an Aktiv dialogue, before the deadline.
create or replace function answer_open_for_writing() returns trigger
    language plpgsql as $$
begin
    if exists (
        select 1
        from answer_set s
        join dialogue d on d.id = s.dialogue_id
        join dialogue_requirement r on r.dialogue_id = s.dialogue_id
        where s.id = new.answer_set_id
          and r.id = new.requirement_id
          and s.status not in ('FINISHED', 'DECLINED', 'ELABORATION_REQUESTED')
          and d.status = 'ACTIVE'
          and d.deadline > now()) then
        return new;
    end if;
    if (tg_op = 'INSERT'
            or (new.answer_set_id = old.answer_set_id
                and new.requirement_id = old.requirement_id
                and new.price is not distinct from old.price))
        and exists (
            select 1
            from answer_set s
            join dialogue d on d.id = s.dialogue_id
            join answer a on a.answer_set_id = s.id and a.requirement_id = new.requirement_id
            where s.id = new.answer_set_id
              and s.status = 'ELABORATION_REQUESTED'
              and d.status in ('ACTIVE', 'ANSWERED')
              and a.price is not distinct from new.price) then
        return new;
    end if;
    raise exception 'answer refused by row-level security: requirement not in the answer set''s dialogue, the answer set is closed, or an elaboration round adds an answer or changes a price'
        using errcode = '42501';
end;
$$;
