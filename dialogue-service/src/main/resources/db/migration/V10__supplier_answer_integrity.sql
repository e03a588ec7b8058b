-- The supplier side's rules that hold in the database as well as in code (docs/security.md, "Supplier
-- organisations and answers"). V2's policies decide whose rows a caller sees; these triggers close what a
-- policy cannot express, so that even a query the application never sends cannot:
--   * move an answer set to another dialogue, organisation or municipality (the supplier's update policy
--     checks only the organisation);
--   * file an answer for a requirement of another dialogue than its answer set's (the foreign key only
--     checks that the requirement exists somewhere);
--   * write an answer into a finished or declined answer set, into a dialogue that is not Aktiv, or once
--     the deadline has passed (now() is the transaction's start, the same instant the service checks).
-- Errors carry SQLSTATE 42501 and name row-level security, which the platform answers as 403.

create function answer_set_keep_identity() returns trigger
    language plpgsql as $$
begin
    if new.tenant_id is distinct from old.tenant_id
        or new.dialogue_id is distinct from old.dialogue_id
        or new.organisation_id is distinct from old.organisation_id then
        raise exception 'answer set refused by row-level security: its dialogue, organisation and municipality never change'
            using errcode = '42501';
    end if;
    return new;
end;
$$;

create trigger answer_set_keep_identity before update on answer_set
    for each row execute function answer_set_keep_identity();

create function answer_open_for_writing() returns trigger
    language plpgsql as $$
begin
    if not exists (
        select 1
        from answer_set s
        join dialogue d on d.id = s.dialogue_id
        join dialogue_requirement r on r.dialogue_id = s.dialogue_id
        where s.id = new.answer_set_id
          and r.id = new.requirement_id
          and s.status not in ('FINISHED', 'DECLINED')
          and d.status = 'ACTIVE'
          and d.deadline > now()) then
        raise exception 'answer refused by row-level security: requirement not in the answer set''s dialogue, or the answer set is closed'
            using errcode = '42501';
    end if;
    return new;
end;
$$;

create trigger answer_open_for_writing before insert or update on answer
    for each row execute function answer_open_for_writing();
