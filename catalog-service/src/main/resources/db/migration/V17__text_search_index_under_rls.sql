-- Issue 12: a search for a rare word cost in proportion to the catalogue (226 ms for the count and 254 ms
-- for the page at 51,000 requirements). Row-level security makes PostgreSQL apply the policy before any
-- condition whose operator is not leakproof, and neither full-text (@@) nor LIKE is: so as catalog_app
-- the GIN indexes of V2 and V13 were never used, and every visible row's text was tested instead.
--
-- The searched texts are therefore copied into a table the application cannot read (no grant, and
-- row-level security on with no policy), owned like every table by the migration role, which is not
-- bound by its own table's policies when it does not force them. Only requirement_text_matches reads it,
-- as that role (security definer): it takes the matching ids from the indexes and joins them to
-- requirement, where the policies (forced, V1) still decide which of them the caller may see. So the
-- function answers nothing that a query on requirement would not, and no copy of the policy exists.
create table requirement_text (
    id          bigint primary key references requirement (id) on delete cascade,
    search      tsvector not null,
    search_text text     not null
);
alter table requirement_text enable row level security;
revoke all on requirement_text from public;

create index requirement_text_search on requirement_text using gin (search);
create index requirement_text_substrings on requirement_text using gin (search_text gin_trgm_ops);

-- Kept current on every write of the texts; security definer because the writer (catalog_app) has no
-- grant on the copy.
create function copy_requirement_text() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    insert into requirement_text (id, search, search_text) values (new.id, new.search, new.search_text)
    on conflict (id) do update set search = excluded.search, search_text = excluded.search_text;
    return null;
end $$;
revoke all on function copy_requirement_text() from public;

create trigger requirement_text_copy
    after insert or update of name, description, rationale on requirement
    for each row execute function copy_requirement_text();

-- Existing rows of every owner: an explicit cross-tenant step, as the policies also bind this role.
select set_config('app.cross_tenant', 'on', true);
insert into requirement_text (id, search, search_text) select id, search, search_text from requirement;
select set_config('app.cross_tenant', 'off', true);

-- The visible requirements whose text matches, at most max_rows of them, in no particular order.
--   full_text: the text for websearch_to_tsquery('danish', ...)
--   patterns:  LIKE patterns ('%word%', lower-cased here) that must all occur; the first, the longest, is the
--              one the trigram index looks up; may be empty
--   excluded:  LIKE patterns that must not occur where only the patterns matched
-- Planned at each call with its values (EXECUTE), so a rare word is looked up in the indexes and a
-- common one stops after max_rows rows. Cost: bounded by max_rows, not by the catalogue.
create function requirement_text_matches(full_text text, patterns text[], excluded text[], max_rows integer)
    returns bigint[] language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
    found bigint[];
begin
    -- Lower-cased as search_text is (V13), keeping the order: the first pattern is the longest.
    patterns := array(select lower(p) from unnest(patterns) with ordinality as u(p, n) order by n);
    excluded := array(select lower(p) from unnest(excluded) as u(p));
    execute 'select coalesce(array_agg(id), ''{}'') from (
                 select t.id from requirement_text t join requirement r on r.id = t.id
                 where t.search @@ websearch_to_tsquery(''danish'', $1)
                    or (t.search_text like $2[1] and t.search_text like all ($2)
                        and not t.search_text like any ($3))
                 limit $4) hits'
        into found using full_text, patterns, excluded, max_rows;
    return found;
end $$;
revoke all on function requirement_text_matches(text, text[], text[], integer) from public;
grant execute on function requirement_text_matches(text, text[], text[], integer) to ${app_role};

-- Not usable by catalog_app under row-level security (see above); they only cost every write.
drop index requirement_search;
drop index requirement_search_text;
