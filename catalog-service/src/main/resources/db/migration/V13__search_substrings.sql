-- Search finds what users type (issue #11 §4): word prefixes and parts of Danish compounds ("medicin" in
-- "Medicinkort", "hjælpemiddel" in "Hjælpemiddelbasen"), which the stemmed full-text index of V2 cannot
-- find. pg_trgm ships with PostgreSQL's contrib and is a trusted extension (PostgreSQL 13+): the
-- database's owner, the role Flyway runs as, may create it, so no superuser step is needed.
create extension if not exists pg_trgm;

-- The searched text, lower-cased once on write. Matching `like` against it costs a fraction of `ilike`
-- on the same text computed per row (which lower-cases every row at every search; measured 0.4 ms
-- against 5 ms over the 2,500 rows one municipality sees in the benchmark of docs/benchmarks.md).
alter table requirement
    add column search_text text generated always as (
        lower(name || ' ' || description || ' ' || coalesce(rationale, ''))) stored;

-- Serves `search_text like '%word%'` when few rows contain the word.
create index requirement_search_text on requirement using gin (search_text gin_trgm_ops);
