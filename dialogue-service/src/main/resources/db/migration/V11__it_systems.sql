-- The IT-system catalogue suppliers choose their offered product from (DOMAIN.md §5.9.2): platform-wide
-- reference data keyed by the system's KITOS id. This is a seed for the local run and the tests: the
-- systems and suppliers are real Danish municipal systems, but the UUIDs are generated here, not KITOS'
-- own; the nightly KITOS sync replaces the seed with issue #17.
create table it_system (
    kitos_uuid    uuid primary key,
    name          varchar(300) not null,
    supplier_name varchar(300) not null
);

create index it_system_name on it_system (lower(name));

insert into it_system (kitos_uuid, name, supplier_name) values
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e01', 'Acadre', 'Formpipe Software A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e02', 'Nexus', 'Systematic A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e03', 'Cura', 'Systematic A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e04', 'Cicero', 'Systematic A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e05', 'KMD Opus', 'KMD A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e06', 'KMD Sag', 'KMD A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e07', 'KMD Nova', 'KMD A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e08', 'Aula', 'Netcompany A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e09', 'GetOrganized', 'Netcompany A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e0a', 'Kommunernes Ydelsessystem', 'Netcompany A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e0b', 'Fasit', 'Schultz A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e0c', 'EG Sensum Bosted', 'EG A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e0d', 'Prisme', 'Fujitsu A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e0e', 'OS2rollekatalog', 'Digital Identity ApS'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e0f', 'FirstAgenda', 'FirstAgenda A/S'),
    ('5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e10', 'SD Løn', 'Silkeborg Data A/S');

-- After the seed: forced row-level security binds the owner too.
-- Everybody signed in may read the catalogue; only the owner (Flyway, later the sync) writes it.
alter table it_system enable row level security;
alter table it_system force row level security;
create policy it_system_read on it_system for select using (true);
grant select on it_system to ${app_role};
