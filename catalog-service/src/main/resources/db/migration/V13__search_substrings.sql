-- Search finds what users type (issue #11 §4): word prefixes and parts of Danish compounds ("medicin" in
-- "Medicinkort", "hjælpemiddel" in "Hjælpemiddelbasen"), which the stemmed full-text index of V2 cannot
-- find. pg_trgm ships with PostgreSQL's contrib and is a trusted extension (PostgreSQL 13+): the
-- database's owner, the role Flyway runs as, may create it, so no superuser step is needed.
create extension if not exists pg_trgm;

-- Serves `ilike '%word%'`. The expression must stay equal to TextSearch.TEXT or PostgreSQL cannot use it.
create index requirement_text_trgm on requirement
    using gin ((name || ' ' || description || ' ' || coalesce(rationale, '')) gin_trgm_ops);
