-- Market dialogues II (issue #15): the shared schema that the review, comparison, choice of supplier,
-- exports and read API all build on. Each part adds its own tables in its own later migrations; what
-- several parts read is decided here once.

-- When may the purchaser read a supplier's answers (DOMAIN.md §5.10: the incumbent promises "after the
-- deadline" in its help text and shows them as each supplier finishes)? A per-dialogue setting:
--   ON_FINISH      each supplier's answers as soon as that supplier has finished (the incumbent's behaviour);
--   AFTER_DEADLINE nobody's answers until the dialogue is Besvaret (deadline passed or everyone finished).
alter table dialogue add column answers_visibility text not null default 'ON_FINISH'
    check (answers_visibility in ('ON_FINISH', 'AFTER_DEADLINE'));

-- Vælg leverandør (§5.11): one of the answer sets of this dialogue whose organisation answered.
alter table dialogue add column chosen_answer_set_id uuid references answer_set (id);
alter table dialogue add column chosen_at timestamptz;
alter table dialogue add column chosen_by_name varchar(200);
-- Archive keeps the state it came from, so that restoring from the archive returns there.
alter table dialogue add column archived_from text check (archived_from in ('ANSWERED', 'CANCELLED'));
alter table dialogue add column archived_at timestamptz;
-- Soft delete by an administrator (§5.2: the incumbent deletes everything for good).
alter table dialogue add column deleted_at timestamptz;
alter table dialogue add column deleted_by_name varchar(200);
alter table dialogue add column delete_reason text;

-- Uddybning krævet (§5.10): the purchaser asked a finished supplier for more; the supplier may change
-- choice and elaboration (never price) until it sends the set back, which makes it FINISHED again.
alter table answer_set drop constraint answer_set_status_check;
alter table answer_set add constraint answer_set_status_check
    check (status in ('INVITED', 'OPENED', 'ANSWERING', 'FINISHED', 'DECLINED', 'ELABORATION_REQUESTED'));

-- The purchaser's judgement of one answer ("Status og bemærkning", §5.10). Kept apart from the answer
-- itself so that the purchaser can never write a supplier's answer and a supplier never its status
-- (DOMAIN.md §15: the incumbent lets anyone set any answer's status by id).
create table answer_review (
    answer_set_id   uuid         not null references answer_set (id) on delete cascade,
    requirement_id  bigint       not null references dialogue_requirement (id) on delete cascade,
    tenant_id       text         not null default current_setting('app.tenant_id', true),
    organisation_id uuid         not null,
    status          text         not null default 'NONE'
        check (status in ('NONE', 'ACCEPTED', 'ACCEPTED_WITH_COMMENT', 'REJECTED', 'ELABORATION_NEEDED')),
    comment         text         check (char_length(comment) <= 5000),
    reviewed_by     varchar(200) not null,
    reviewed_by_name varchar(200) not null,
    reviewed_at     timestamptz  not null default now(),
    version         integer      not null default 0,
    primary key (answer_set_id, requirement_id)
);

alter table answer_review enable row level security;
alter table answer_review force row level security;
create policy answer_review_tenant on answer_review for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
-- A supplier reads the purchaser's comments on its own answers (shown during an elaboration round).
create policy answer_review_supplier_read on answer_review for select
    using (organisation_id::text = current_setting('app.supplier_org', true));

-- Who changed what in a dialogue, visible to its purchasers (§5.12): status, deadline, chosen supplier,
-- per-answer status, archive, restore, delete. Append-only: the application role cannot change a row.
create table dialogue_audit (
    id          bigint generated always as identity primary key,
    tenant_id   text         not null default current_setting('app.tenant_id', true),
    dialogue_id bigint       not null references dialogue (id),
    at          timestamptz  not null default now(),
    actor       varchar(200) not null,
    actor_name  varchar(200) not null,
    -- e.g. STATUS, DEADLINE, CHOSEN_SUPPLIER, ANSWER_STATUS, ELABORATION, ARCHIVE, RESTORE, DELETE
    action      text         not null,
    -- what the change concerns beyond the dialogue, e.g. "Formpipe Software A/S / K-112"
    subject     varchar(500),
    old_value   text,
    new_value   text
);

create index dialogue_audit_dialogue on dialogue_audit (dialogue_id, at);
alter table dialogue_audit enable row level security;
alter table dialogue_audit force row level security;
create policy dialogue_audit_tenant on dialogue_audit for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

-- The one place the visibility rule lives: the answer sets whose answers the purchaser may read now.
-- security_invoker makes the caller's row-level security apply through the view.
create view reviewable_answer_set with (security_invoker = true) as
select s.id as answer_set_id, s.dialogue_id, s.organisation_id, s.tenant_id
from answer_set s
join dialogue d on d.id = s.dialogue_id
where s.status <> 'DECLINED'
  and (d.status in ('ANSWERED', 'ARCHIVED', 'CANCELLED')
       or (d.answers_visibility = 'ON_FINISH' and s.status in ('FINISHED', 'ELABORATION_REQUESTED')));

grant select, insert, update on answer_review to ${app_role};
grant select, insert on dialogue_audit to ${app_role};
grant usage on sequence dialogue_audit_id_seq to ${app_role};
grant select on reviewable_answer_set to ${app_role};
