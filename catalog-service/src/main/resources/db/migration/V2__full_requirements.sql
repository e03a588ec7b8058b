-- The full requirement of DOMAIN.md section 3.1, classifications (3.4-3.7), revisions with author,
-- soft delete, Danish full-text search, and the cross-municipal seed catalogue of section 3.12.

create table sub_category (
    id          integer generated always as identity primary key,
    category_id integer      not null references category (id),
    name        varchar(100) not null,
    unique (category_id, name)
);

create table domain (
    id   integer generated always as identity primary key,
    name varchar(64) not null unique
);

create table filter (
    id       integer generated always as identity primary key,
    name     varchar(100) not null unique,
    question varchar(500) not null
);

create table principle (
    id        integer generated always as identity primary key,
    name      varchar(200) not null unique,
    reference varchar(1000)
);

-- Classifications are shared reference data: everyone reads, only the editorial board writes.
do $$
declare t text;
begin
    foreach t in array array['category', 'sub_category', 'domain', 'filter', 'principle'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (true)', t || '_read', t);
        execute format($p$create policy %I on %I for all using ('board' = any(string_to_array(current_setting('app.roles', true), ',')))
                       with check ('board' = any(string_to_array(current_setting('app.roles', true), ','))) $p$, t || '_board', t);
    end loop;
end $$;

grant select, insert, update, delete on category, sub_category, domain, filter, principle to ${app_role};

-- The seed below is the editorial board's reference data: this migration acts as the board.
select set_config('app.roles', 'board', true);

insert into category (name) values ('Tilgængelighed'), ('SLA'), ('Dokumentation');
insert into sub_category (category_id, name)
    select id, 'Backup / restore' from category where name = 'Drift, vedligehold og support';
insert into sub_category (category_id, name)
    select id, 'Logning' from category where name = 'Sikkerhed';
insert into domain (name) values ('Arbejdsmarked'), ('Borgerservice'), ('Børn og unge'), ('Familie'),
    ('IT og digitalisering'), ('Kultur og fritid'), ('Sundhed og omsorg'), ('Teknik og miljø'), ('Økonomi og personale');
insert into filter (name, question) values
    ('Personoplysninger', 'Skal den ønskede løsning behandle personoplysninger, fx navne, cpr-numre, helbredsoplysninger, behandlingsforløb, religion eller etnicitet?'),
    ('Borgerrettet', 'Skal løsningen anvendes af borgere?'),
    ('Medarbejdere', 'Skal løsningen anvendes af medarbejdere?'),
    ('Erstatter system', 'Skal løsningen erstatte et eksisterende it-system?');
insert into principle (name, reference) values
    ('Fællesoffentlig arkitekturprincip 5: Data genbruges', 'https://arkitektur.digst.dk/'),
    ('Rammearkitektur: Brug fælleskommunal infrastruktur', 'https://www.kl.dk/');

alter table requirement
    add column rationale            text check (length(rationale) <= 20000),
    add column sub_category_id      integer references sub_category (id),
    add column domain_ids           integer[] not null default '{}',
    add column all_domains          boolean   not null default false,
    add column filter_ids           integer[] not null default '{}',
    add column all_filters          boolean   not null default false,
    add column principle_ids        integer[] not null default '{}',
    add column interpretation       text check (length(interpretation) <= 20000),
    add column stakeholders         varchar(255),
    add column notes                text check (length(notes) <= 20000),
    add column elaboration_required boolean   not null default false,
    add column saas                 boolean   not null default true,
    add column on_premise           boolean   not null default true,
    add column updated_by           text,
    add column deleted_at           timestamptz,
    add column deleted_by           text,
    add column search tsvector generated always as (
        setweight(to_tsvector('danish', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('danish', coalesce(description, '')), 'B') ||
        setweight(to_tsvector('danish', coalesce(rationale, '')), 'C')) stored;

create index requirement_search on requirement using gin (search);
create index requirement_domains on requirement using gin (domain_ids);
create index requirement_filters on requirement using gin (filter_ids);
create index requirement_updated on requirement (updated_at);
create index requirement_live on requirement (owner_kind, tenant_id) where deleted_at is null;

-- The board writes cross-municipal requirements; row-level security now says so itself.
drop policy requirement_insert on requirement;
drop policy requirement_update on requirement;
create policy requirement_insert on requirement for insert
    with check ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or (owner_kind = 'CROSS_MUNICIPAL' and 'board' = any(string_to_array(current_setting('app.roles', true), ',')))
        or current_setting('app.cross_tenant', true) = 'on');
create policy requirement_update on requirement for update
    using ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or (owner_kind = 'CROSS_MUNICIPAL' and 'board' = any(string_to_array(current_setting('app.roles', true), ',')))
        or current_setting('app.cross_tenant', true) = 'on')
    with check ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or (owner_kind = 'CROSS_MUNICIPAL' and 'board' = any(string_to_array(current_setting('app.roles', true), ',')))
        or current_setting('app.cross_tenant', true) = 'on');

-- Every saved state of a requirement, with its author: history, diff and restore.
create table requirement_revision (
    requirement_id bigint      not null references requirement (id),
    revision       integer     not null,
    owner_kind     text        not null,
    tenant_id      text,
    snapshot       jsonb       not null,
    author         text        not null,
    author_name    text        not null,
    change         text        not null,
    changed_at     timestamptz not null default now(),
    primary key (requirement_id, revision)
);

alter table requirement_revision enable row level security;
alter table requirement_revision force row level security;
create policy requirement_revision_read on requirement_revision for select
    using (owner_kind = 'CROSS_MUNICIPAL' or tenant_id = current_setting('app.tenant_id', true)
        or current_setting('app.cross_tenant', true) = 'on');
create policy requirement_revision_write on requirement_revision for insert
    with check ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or (owner_kind = 'CROSS_MUNICIPAL' and 'board' = any(string_to_array(current_setting('app.roles', true), ',')))
        or current_setting('app.cross_tenant', true) = 'on');

grant select, insert on requirement_revision to ${app_role};

-- The seed catalogue is cross-municipal: written as an explicit cross-tenant step of this migration.
select set_config('app.cross_tenant', 'on', true);

insert into requirement (id, name, description, rationale, category_id, sub_category_id, priority, all_domains, updated_at,
                         owner_kind, created_by, updated_by, created_at)
select v.id, v.name, v.description, v.rationale, v.category_id, v.sub_category_id, v.priority, v.all_domains, v.updated_at,
       'CROSS_MUNICIPAL', 'kravredaktion', 'kravredaktion', v.updated_at
from (values
    (171, 'Løsningen skal understøtte login og rettighedsstyring', 'Brugernes login skal ske via kommunens fælles brugerstyring, og rettigheder skal kunne tildeles pr. rolle.', 'Mere sikker adgang og færre fejl i tildeling af rettigheder.', (select id from category where name = 'Sikkerhed'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (175, 'Logisk beskyttelse og fysisk sikring af informationer', 'Alle snitflader og datalagre skal være beskyttet mod uautoriseret adgang, både logisk og fysisk.', null, (select id from category where name = 'Sikkerhed'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (178, 'Understøtte EU databeskyttelsesforordningen', 'Der skal foretages registrering af behandlingsaktiviteter, og løsningen skal understøtte de registreredes rettigheder.', 'Overholdelse af databeskyttelsesforordningen.', (select id from category where name = 'Sikkerhed'), null, 'NORMAL', true, timestamptz '2022-10-25 12:00:00+00'),
    (179, 'Sletning af log', 'Sikkerhedslog skal slettes automatisk, når opbevaringsperioden er udløbet.', 'Overholdelse af reglerne om opbevaring af personoplysninger.', (select id from category where name = 'Sikkerhed'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (180, 'Understøtte central logopsamling', 'Løsningens log skal kunne sendes til kommunens centrale logopsamling i et standardformat.', 'Bedre mulighed for at opdage sikkerhedshændelser.', (select id from category where name = 'Sikkerhed'), null, 'OPTIONAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (181, 'Arkivering hos Rigsarkivet eller et §7-arkiv', 'Løsningen skal kunne aflevere arkiveringsversioner til Rigsarkivet eller kommunens §7-arkiv.', 'Overholdelse af arkivlovgivningen.', (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2022-10-25 12:00:00+00'),
    (182, 'Afleverer data til Danmarks Statistik', 'Løsningen skal kunne levere de data, kommunen er forpligtet til at indberette til Danmarks Statistik.', 'Overholdelse af indberetningspligten.', (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (183, 'Overholdelse af gældende lovgivning', 'Løsningen skal til enhver tid overholde gældende lovgivning, og leverandøren skal opdatere den ved lovændringer.', 'Overholdelse af lovgivningen på området.', (select id from category where name = 'Lovgivning'), null, 'HIGH', true, timestamptz '2022-11-22 12:00:00+00'),
    (184, 'Ejerskab af data', 'Kommunen ejer alle data i løsningen og skal kunne få dem udleveret i et åbent format.', 'Kravet skal sikre, at kommunen kan skifte leverandør.', (select id from category where name = 'Data'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (185, 'Tilgængelighed af data', 'Løsningen skal stille data til rådighed via dokumenterede snitflader.', 'Bedre og nemmere genbrug af data.', (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2022-09-21 12:00:00+00'),
    (186, 'Versionsstyring af snitflader', 'Løsningen skal versionere sine snitflader og varsle ændringer.', 'Kravet giver tid til at tilpasse afhængige systemer.', (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2022-09-21 12:00:00+00'),
    (187, 'Udtræk på borger i henhold til Databeskyttelsesforordningen', 'Løsningen skal kunne lave et samlet udtræk af alle oplysninger om én borger.', 'Kravet muliggør indsigt for borgeren.', (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (188, 'Anvendelse af standarder', 'Kommunen ønsker, at løsningen anvender relevante fællesoffentlige standarder.', 'Ved at anvende standarder bliver det lettere at integrere.', (select id from category where name = 'Standarder'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (189, 'Anvendelse af SKS', 'Løsningen skal anvende Sundhedsvæsenets Klassifikations System (SKS), hvor det er relevant.', null, (select id from category where name = 'Standarder'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (190, 'Anvendelse af SOR', 'Løsningen skal anvende Sundhedsvæsenets Organisationsregister (SOR), hvor det er relevant.', null, (select id from category where name = 'Standarder'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (193, 'Integration med Digital Post (afsendelse af post)', 'Løsningen skal kunne sende post via Digital Post gennem den fælleskommunale infrastruktur.', 'Sikker post til borgere og virksomheder.', (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2022-11-23 12:00:00+00'),
    (194, 'Journalisering af mails', 'Løsningen skal kunne journalisere mails i kommunens ESDH-system.', null, (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (197, 'Integration med Sygesikringsregisteret (SSR)', 'Løsningen skal integrere med Sygesikringsregisteret.', null, (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (198, 'Integrere med SEI', 'Løsningen skal integrere med SEI.', null, (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (199, 'Integrere med NAB', 'Løsningen skal integrere med NAB.', null, (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (200, 'Integrere med SMDB', 'Løsningen skal integrere med SMDB.', null, (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (201, 'Integrere med Henvisningshotellet', 'Løsningen skal integrere med Henvisningshotellet.', null, (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (202, 'Integrere med G-GOP', 'Løsningen skal integrere med G-GOP.', null, (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (203, 'Integrere med Lægemiddelstyrelsens lægemiddelservice', 'Løsningen skal integrere med Lægemiddelstyrelsens lægemiddelservice.', null, (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (206, 'Integrere med Hjælpemiddelbasen', 'Løsningen skal integrere med Hjælpemiddelbasen.', null, (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (207, 'Integration med Fælles Medicinkort', 'Løsningen skal integrere med Fælles Medicinkort.', null, (select id from category where name = 'Integration'), null, 'NORMAL', true, timestamptz '2021-08-31 12:00:00+00'),
    (208, 'Integration med det fælles kommunale Sags- og Dokumentindeks', 'Løsningen skal integrere med det fælleskommunale Sags- og Dokumentindeks.', null, (select id from category where name = 'Integration'), null, 'HIGH', true, timestamptz '2021-08-31 12:00:00+00'),
    (209, 'Anmodning om restore', 'Hvis løsningen driftes af leverandøren, skal leverandøren på kommunens anmodning gendanne data fra backup inden for {{restore_tid|4 timer|timer}}.', 'Kommunen skal hurtigt kunne få data tilbage.', (select id from category where name = 'Drift, vedligehold og support'), (select s.id from sub_category s join category k on k.id = s.category_id where s.name = 'Backup / restore'), 'NORMAL', true, timestamptz '2022-09-21 12:00:00+00'),
    (210, 'Browserunderstøttelse', 'Løsningen skal understøtte browsere udgivet inden for de seneste {{browser_alder|12 mdr.|måneder}}, mindst de to nyeste versioner af Edge, Firefox, Chrome og Safari. Se desuden [bilag 3].', null, (select id from category where name = 'Klienter og enheder'), null, 'NORMAL', true, timestamptz '2022-09-21 12:00:00+00')
) as v (id, name, description, rationale, category_id, sub_category_id, priority, all_domains, updated_at);

update requirement set filter_ids = array(select id from filter where name = 'Personoplysninger')
    where id in (178, 179, 187);
update requirement set filter_ids = array(select id from filter where name = 'Borgerrettet')
    where id in (193, 210);
update requirement set all_domains = false, domain_ids = array(select id from domain where name = 'Sundhed og omsorg')
    where id in (189, 190, 197, 198, 199, 200, 201, 202, 203, 206, 207);
update requirement set all_filters = true where id in (171, 175, 183, 184);

insert into requirement_revision (requirement_id, revision, owner_kind, tenant_id, snapshot, author, author_name, change, changed_at)
select id, 1, owner_kind, tenant_id, jsonb_build_object('name', name, 'description', description), 'kravredaktion',
       'Kravredaktionen', 'created', updated_at
from requirement where owner_kind = 'CROSS_MUNICIPAL';

select setval('requirement_id_seq', greatest(999, (select max(id) from requirement)));
