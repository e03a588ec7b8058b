-- Spørgsmål og svar (issue #15): while a dialogue is Aktiv a supplier contact asks about one requirement or
-- the dialogue as a whole; the owning municipality answers privately (only the asking organisation reads
-- it) or publishes the answer to every invited supplier without saying who asked.
--
-- Who sees what, in the database as well as in code (docs/security.md):
--   * the owning municipality (app.tenant_id) reads and answers all of its dialogues' questions;
--   * a supplier organisation (app.supplier_org) asks into a dialogue it is invited to and has not declined,
--     and reads its own questions with their answers from `question`;
--   * published answers reach the other invited organisations only through `published_answer`, which a
--     trigger keeps in step with `question` and which has no column naming the asking organisation or
--     contact: the asker's identity is not there to leak, whatever a query asks.

create table question (
    id               uuid primary key,
    -- the dialogue's municipality; a supplier has none of its own, so the service writes its answer set's
    -- (the supplier's insert policy checks it is)
    tenant_id        text         not null,
    dialogue_id      bigint       not null references dialogue (id) on delete cascade,
    -- null: a question about the dialogue as a whole
    requirement_id   bigint references dialogue_requirement (id) on delete cascade,
    organisation_id  uuid         not null references supplier_organisation (id),
    asked_by         varchar(320) not null,
    asked_by_name    varchar(200),
    question_text    text         not null check (char_length(question_text) between 3 and 5000),
    asked_at         timestamptz  not null default now(),
    -- null until answered; PRIVATE may become PUBLISHED, never back (the answer has been mailed)
    visibility       text check (visibility in ('PRIVATE', 'PUBLISHED')),
    answer_text      text check (char_length(answer_text) between 1 and 10000),
    answered_at      timestamptz,
    answered_by_name varchar(200),
    published_at     timestamptz,
    version          integer      not null default 0,
    check ((visibility is null) = (answer_text is null)),
    check ((visibility = 'PUBLISHED') = (published_at is not null))
);

create index question_dialogue on question (dialogue_id, asked_at);

-- Every answer text and visibility a question has had, in order ("kept history").
create table question_answer_revision (
    id          bigint generated always as identity primary key,
    tenant_id   text         not null default current_setting('app.tenant_id', true),
    question_id uuid         not null references question (id) on delete cascade,
    at          timestamptz  not null default now(),
    by_name     varchar(200) not null,
    visibility  text         not null check (visibility in ('PRIVATE', 'PUBLISHED')),
    answer_text text         not null
);

create index question_answer_revision_question on question_answer_revision (question_id, at);

-- What every invited organisation reads of a published answer: the question and the answer, never who asked.
create table published_answer (
    question_id    uuid primary key references question (id) on delete cascade,
    tenant_id      text        not null,
    dialogue_id    bigint      not null references dialogue (id) on delete cascade,
    requirement_id bigint references dialogue_requirement (id) on delete cascade,
    question_text  text        not null,
    answer_text    text        not null,
    published_at   timestamptz not null,
    updated_at     timestamptz not null
);

create index published_answer_dialogue on published_answer (dialogue_id, published_at);

alter table question enable row level security;
alter table question force row level security;
alter table question_answer_revision enable row level security;
alter table question_answer_revision force row level security;
alter table published_answer enable row level security;
alter table published_answer force row level security;

create policy question_tenant on question for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy question_supplier_read on question for select
    using (organisation_id::text = current_setting('app.supplier_org', true));
-- Asks only as itself, into a dialogue of the municipality that invited it, with an answer set not declined.
create policy question_supplier_insert on question for insert
    with check (organisation_id::text = current_setting('app.supplier_org', true)
                and visibility is null
                and exists (select 1 from answer_set s
                            where s.dialogue_id = question.dialogue_id
                              and s.organisation_id = question.organisation_id
                              and s.tenant_id = question.tenant_id
                              and s.status <> 'DECLINED'));

create policy question_answer_revision_tenant on question_answer_revision for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');

create policy published_answer_tenant on published_answer for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy published_answer_supplier_read on published_answer for select
    using (exists (select 1 from answer_set s
                   where s.dialogue_id = published_answer.dialogue_id
                     and s.organisation_id::text = current_setting('app.supplier_org', true)
                     and s.status <> 'DECLINED'));

-- A question is asked only while the dialogue is Aktiv and before its deadline (now() is the transaction's
-- start, the instant the service checks), about a requirement of that dialogue; the asking organisation,
-- dialogue and question text never change afterwards. SQLSTATE 42501 names row-level security (403).
create function question_guard() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if not exists (select 1 from dialogue d
                       where d.id = new.dialogue_id and d.status = 'ACTIVE' and d.deadline > now())
            or (new.requirement_id is not null
                and not exists (select 1 from dialogue_requirement r
                                where r.id = new.requirement_id and r.dialogue_id = new.dialogue_id)) then
            raise exception 'question refused by row-level security: the dialogue is not open for questions, or the requirement is not in it'
                using errcode = '42501';
        end if;
    elsif new.tenant_id is distinct from old.tenant_id
        or new.dialogue_id is distinct from old.dialogue_id
        or new.requirement_id is distinct from old.requirement_id
        or new.organisation_id is distinct from old.organisation_id
        or new.question_text is distinct from old.question_text
        or (old.visibility = 'PUBLISHED' and new.visibility is distinct from 'PUBLISHED') then
        raise exception 'question refused by row-level security: who asked what is never changed, and a published answer stays published'
            using errcode = '42501';
    end if;
    return new;
end;
$$;

create trigger question_guard before insert or update on question
    for each row execute function question_guard();

-- Keeps published_answer in step with the published questions, in the same transaction and under the
-- caller's row-level security (only the owning municipality answers, so only it reaches this).
create function question_publish() returns trigger
    language plpgsql as $$
begin
    if new.visibility = 'PUBLISHED' then
        insert into published_answer (question_id, tenant_id, dialogue_id, requirement_id, question_text,
                                      answer_text, published_at, updated_at)
        values (new.id, new.tenant_id, new.dialogue_id, new.requirement_id, new.question_text,
                new.answer_text, new.published_at, now())
        on conflict (question_id) do update
            set answer_text = excluded.answer_text, updated_at = excluded.updated_at;
    end if;
    return null;
end;
$$;

create trigger question_publish after insert or update on question
    for each row execute function question_publish();

grant select, insert, update on question to ${app_role};
grant select, insert on question_answer_revision to ${app_role};
grant usage on sequence question_answer_revision_id_seq to ${app_role};
grant select, insert, update on published_answer to ${app_role};
