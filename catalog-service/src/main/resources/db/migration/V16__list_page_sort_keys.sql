-- List pages whose cost does not grow with the catalogue (issue #12): every sort of the lists is served
-- by a B-tree index in the order the page asks for, so PostgreSQL reads the first 100 rows of the index
-- and stops, instead of sorting every match. Each sort key is a plain column of requirement (a computed
-- or joined key cannot be read from an index), and ties are broken by id in the same direction.

-- PRIORITY sorts by weight, not by name: OPTIONAL < NORMAL < HIGH < ABSOLUTE.
alter table requirement
    add column priority_rank smallint generated always as (
        case priority when 'OPTIONAL' then 1 when 'NORMAL' then 2 when 'HIGH' then 3 when 'ABSOLUTE' then 4 end) stored;

-- CATEGORY sorts as the tree "category / sub-category" by name. The names live in the classification
-- tables, so the key is copied into the row when the row's classification changes and into every row
-- of a classification when the board renames it.
alter table requirement add column category_path text;

create or replace function category_path(category integer, sub_category integer) returns text
    language sql stable security invoker
    as $$ select c.name || coalesce(' / ' || (select s.name from sub_category s where s.id = sub_category), '')
          from category c where c.id = category $$;

create or replace function requirement_category_path() returns trigger
    language plpgsql security invoker
    as $$ begin
        new.category_path := category_path(new.category_id, new.sub_category_id);
        return new;
    end $$;

create trigger requirement_category_path before insert or update of category_id, sub_category_id on requirement
    for each row execute function requirement_category_path();

-- A rename changes the sort key of rows of every owner. Only the board renames classifications (their
-- policies, V2), and the key is derived from reference data everyone reads, so the rows are updated
-- across tenants for this one statement and the caller's own setting is put back at once.
create or replace function classification_renamed() returns trigger
    language plpgsql security invoker
    as $$
    declare previous text := current_setting('app.cross_tenant', true);
    begin
        if new.name is distinct from old.name then
            perform set_config('app.cross_tenant', 'on', true);
            if tg_table_name = 'category' then
                update requirement set category_path = category_path(category_id, sub_category_id)
                    where category_id = new.id;
            else
                update requirement set category_path = category_path(category_id, sub_category_id)
                    where sub_category_id = new.id;
            end if;
            perform set_config('app.cross_tenant', coalesce(previous, 'off'), true);
        end if;
        return null;
    end $$;

create trigger category_renamed after update of name on category
    for each row execute function classification_renamed();
create trigger sub_category_renamed after update of name on sub_category
    for each row execute function classification_renamed();

-- Existing rows, as the migration's owner (row-level security is forced on the table).
select set_config('app.cross_tenant', 'on', true);
update requirement set category_path = category_path(category_id, sub_category_id);
select set_config('app.cross_tenant', 'off', true);
alter table requirement alter column category_path set not null;

-- One index per sort for the lists of one owner kind (Tværkommunale, Samarbejdskrav, and Lokale krav,
-- whose tenant condition filters the few rows of the municipality), and one per sort for "Alle krav".
-- Partial on live rows: Slettede krav are few and sorted in memory.
create index requirement_list_id on requirement (owner_kind, id) where deleted_at is null;
create index requirement_list_name on requirement (owner_kind, name, id) where deleted_at is null;
create index requirement_list_updated on requirement (owner_kind, updated_at, id) where deleted_at is null;
create index requirement_list_priority on requirement (owner_kind, priority_rank, id) where deleted_at is null;
create index requirement_list_category on requirement (owner_kind, category_path, id) where deleted_at is null;
create index requirement_all_name on requirement (name, id) where deleted_at is null;
create index requirement_all_updated on requirement (updated_at, id) where deleted_at is null;
create index requirement_all_priority on requirement (priority_rank, id) where deleted_at is null;
create index requirement_all_category on requirement (category_path, id) where deleted_at is null;
-- Superseded by requirement_all_updated for the lists; changedSince on deleted rows is rare.
drop index requirement_updated;
