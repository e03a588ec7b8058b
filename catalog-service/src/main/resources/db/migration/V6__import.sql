-- Imported requirements remember their source (the file's Krav id), so importing the same file again
-- updates or leaves them instead of creating duplicates. Unique per owner.
alter table requirement add column import_key text;

create unique index requirement_import_key on requirement (coalesce(tenant_id, '*'), import_key)
    where import_key is not null;
