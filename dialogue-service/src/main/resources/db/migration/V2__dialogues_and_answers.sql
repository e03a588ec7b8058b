-- Market dialogues (DOMAIN.md §5): the purchaser's dialogue with its frozen copies of requirements, the
-- platform-wide supplier organisations with their contacts, one answer set per organisation and
-- dialogue, the invitations mailed to contacts, and the answers.
--
-- Who sees what is decided here as well as in code (docs/security.md):
--   * a municipality (app.tenant_id) sees and changes its own dialogues and reads their answers;
--   * a supplier contact (app.supplier_org, no tenant) sees only dialogues its organisation has an answer
--     set in, and reads and writes only its own organisation's answer set and answers;
--   * supplier organisations and contacts are shared by all municipalities (one supplier answers many).

create table dialogue (
    id                 bigint generated always as identity primary key,
    tenant_id          text         not null default current_setting('app.tenant_id', true),
    owner_kind         text         not null default 'MUNICIPALITY' check (owner_kind in ('MUNICIPALITY', 'COMMUNITY')),
    community_id       uuid,
    owner_name         varchar(200) not null,
    title              varchar(200) not null check (char_length(title) >= 5),
    description        text         not null check (char_length(description) between 5 and 20000),
    contact_email      varchar(320) not null,
    domain_ids         integer[]    not null check (cardinality(domain_ids) >= 1),
    priorities_visible boolean      not null default true,
    prices_requested   boolean      not null default false,
    status             text         not null default 'DRAFT'
        check (status in ('DRAFT', 'ACTIVE', 'ANSWERED', 'ARCHIVED', 'CANCELLED')),
    deadline           timestamptz,
    created_at         timestamptz  not null default now(),
    created_by         varchar(200) not null,
    created_by_name    varchar(200) not null,
    activated_at       timestamptz,
    closed_at          timestamptz,
    cancel_reason      text,
    version            integer      not null default 0,
    check ((owner_kind = 'COMMUNITY') = (community_id is not null)),
    check (status = 'DRAFT' or deadline is not null)
);

create index dialogue_tenant_status on dialogue (tenant_id, status);
-- The deadline job's one question: which active dialogues are past their deadline.
create index dialogue_due on dialogue (deadline) where status = 'ACTIVE';

-- A requirement as copied into one dialogue: later catalogue changes never reach it (§5.5).
-- catalog_requirement_id is null for a free-text requirement (§5.6), which has its own number instead.
create table dialogue_requirement (
    id                     bigint generated always as identity primary key,
    tenant_id              text         not null default current_setting('app.tenant_id', true),
    dialogue_id            bigint       not null references dialogue (id) on delete cascade,
    catalog_requirement_id bigint,
    catalog_version        integer,
    free_text_number       integer,
    position               integer      not null,
    name                   varchar(300) not null,
    description            text         not null,
    local_description      text,
    rationale              text,
    elaboration_required   boolean      not null default false,
    category               varchar(200) not null,
    sub_category           varchar(200),
    priority               text         not null check (priority in ('OPTIONAL', 'NORMAL', 'HIGH', 'ABSOLUTE')),
    saas                   boolean      not null default true,
    on_premise             boolean      not null default true,
    -- [{"name":"restore_tid","defaultValue":"4 timer","unit":"timer","value":"2 timer"}]
    parameters             jsonb        not null default '[]',
    -- why it was selected: filter:<id>, all-filters, favourite, manual or free-text
    selection_reasons      text[]       not null default '{}',
    check ((catalog_requirement_id is null) = (free_text_number is not null)),
    unique (dialogue_id, catalog_requirement_id),
    unique (dialogue_id, free_text_number)
);

create index dialogue_requirement_dialogue on dialogue_requirement (dialogue_id, position);

-- Platform-wide; never derived from an e-mail domain (DOMAIN.md §15 #2). CVR: 8 digits, modulus 11.
create table supplier_organisation (
    id         uuid primary key,
    name       varchar(200) not null,
    cvr        char(8)      not null unique check (cvr ~ '^[0-9]{8}$'),
    created_at timestamptz  not null default now(),
    created_by_tenant text  not null
);

create table supplier_contact (
    id              uuid primary key,
    organisation_id uuid         not null references supplier_organisation (id),
    email           varchar(320) not null,
    name            varchar(200),
    created_at      timestamptz  not null default now()
);

create unique index supplier_contact_address on supplier_contact (organisation_id, lower(email));
create index supplier_contact_email on supplier_contact (lower(email));

-- One answer set per organisation and dialogue: its status is the supplier's status in the dialogue.
create table answer_set (
    id                 uuid primary key,
    tenant_id          text        not null default current_setting('app.tenant_id', true),
    dialogue_id        bigint      not null references dialogue (id) on delete cascade,
    organisation_id    uuid        not null references supplier_organisation (id),
    status             text        not null default 'INVITED'
        check (status in ('INVITED', 'OPENED', 'ANSWERING', 'FINISHED', 'DECLINED')),
    operating_model    text        not null default 'NOT_DECIDED'
        check (operating_model in ('NOT_DECIDED', 'SAAS', 'ON_PREMISE', 'BOTH')),
    it_system_uuid     uuid,
    it_system_name     varchar(300),
    it_system_supplier varchar(300),
    invited_at         timestamptz not null default now(),
    opened_at          timestamptz,
    finished_at        timestamptz,
    declined_at        timestamptz,
    decline_reason     text,
    version            integer     not null default 0,
    unique (dialogue_id, organisation_id)
);

create index answer_set_organisation on answer_set (organisation_id);

-- Each mail that invited a contact (a contact may be invited again; the answer set stays one).
create table invitation (
    id              uuid primary key,
    tenant_id       text         not null default current_setting('app.tenant_id', true),
    answer_set_id   uuid         not null references answer_set (id) on delete cascade,
    contact_id      uuid         not null references supplier_contact (id),
    email           varchar(320) not null,
    subject         varchar(300) not null,
    message         text         not null,
    invited_at      timestamptz  not null default now(),
    invited_by_name varchar(200) not null
);

create index invitation_answer_set on invitation (answer_set_id);

create table answer (
    answer_set_id           uuid        not null references answer_set (id) on delete cascade,
    requirement_id          bigint      not null references dialogue_requirement (id) on delete cascade,
    tenant_id               text        not null,
    organisation_id         uuid        not null,
    choice                  text        not null
        check (choice in ('JA', 'JA_TILKOEB', 'JA_DELVIST', 'NEJ', 'IKKE_RELEVANT')),
    elaboration             text,
    price                   varchar(500),
    auto_answered           boolean     not null default false,
    copied_from_dialogue_id bigint,
    copied_text_changed     boolean     not null default false,
    answered_by             varchar(200) not null,
    updated_at              timestamptz not null default now(),
    primary key (answer_set_id, requirement_id)
);

-- Row-level security. The tenant policy is the platform's rule; the supplier policies name the
-- organisation from the verified token (app.supplier_org, set by the transaction manager).
alter table dialogue enable row level security;
alter table dialogue force row level security;
alter table dialogue_requirement enable row level security;
alter table dialogue_requirement force row level security;
alter table supplier_organisation enable row level security;
alter table supplier_organisation force row level security;
alter table supplier_contact enable row level security;
alter table supplier_contact force row level security;
alter table answer_set enable row level security;
alter table answer_set force row level security;
alter table invitation enable row level security;
alter table invitation force row level security;
alter table answer enable row level security;
alter table answer force row level security;

create policy dialogue_tenant on dialogue for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy dialogue_supplier_read on dialogue for select
    using (exists (select 1 from answer_set s
                   where s.dialogue_id = dialogue.id
                     and s.organisation_id::text = current_setting('app.supplier_org', true)));

create policy dialogue_requirement_tenant on dialogue_requirement for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy dialogue_requirement_supplier_read on dialogue_requirement for select
    using (exists (select 1 from answer_set s
                   where s.dialogue_id = dialogue_requirement.dialogue_id
                     and s.organisation_id::text = current_setting('app.supplier_org', true)));

-- Any municipal user may look up and register organisations; a supplier sees its own.
create policy supplier_organisation_read on supplier_organisation for select
    using (coalesce(current_setting('app.tenant_id', true), '') <> ''
           or id::text = current_setting('app.supplier_org', true)
           or current_setting('app.cross_tenant', true) = 'on');
create policy supplier_organisation_insert on supplier_organisation for insert
    with check (created_by_tenant = current_setting('app.tenant_id', true));

create policy supplier_contact_read on supplier_contact for select
    using (coalesce(current_setting('app.tenant_id', true), '') <> ''
           or organisation_id::text = current_setting('app.supplier_org', true)
           or current_setting('app.cross_tenant', true) = 'on');
create policy supplier_contact_insert on supplier_contact for insert
    with check (coalesce(current_setting('app.tenant_id', true), '') <> '');

create policy answer_set_tenant on answer_set for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy answer_set_supplier_read on answer_set for select
    using (organisation_id::text = current_setting('app.supplier_org', true));
create policy answer_set_supplier_update on answer_set for update
    using (organisation_id::text = current_setting('app.supplier_org', true))
    with check (organisation_id::text = current_setting('app.supplier_org', true));

create policy invitation_tenant on invitation for all
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy invitation_supplier_read on invitation for select
    using (exists (select 1 from answer_set s
                   where s.id = invitation.answer_set_id
                     and s.organisation_id::text = current_setting('app.supplier_org', true)));

-- The purchaser reads answers; only the answering organisation writes them, into its own answer set and
-- with that answer set's tenant (a supplier cannot file an answer under another municipality).
create policy answer_tenant_read on answer for select
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.cross_tenant', true) = 'on');
create policy answer_supplier on answer for all
    using (organisation_id::text = current_setting('app.supplier_org', true))
    with check (organisation_id::text = current_setting('app.supplier_org', true)
                and exists (select 1 from answer_set s
                            where s.id = answer.answer_set_id
                              and s.organisation_id = answer.organisation_id
                              and s.tenant_id = answer.tenant_id));

grant select, insert, update, delete on dialogue, dialogue_requirement to ${app_role};
grant select, insert on supplier_organisation, supplier_contact to ${app_role};
grant select, insert, update on answer_set, invitation to ${app_role};
grant select, insert, update, delete on answer to ${app_role};
grant usage on sequence dialogue_id_seq, dialogue_requirement_id_seq to ${app_role};
