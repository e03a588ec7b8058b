-- The front page's "Markedsdialoger oprettet" (dialogues created in the last three months) and
-- "Leverandører tilsluttet" (supplier organisations ever invited), kept from dialogue-service's
-- dialogue-created and supplier-invited events. One row per dialogue and per organisation, so an event
-- received twice or published again counts once. Counts over all tenants, with no text of the
-- dialogues: no tenant filtering, like registered_tenant.
create table created_dialogue (
    dialogue_id bigint primary key,
    tenant_id   text        not null,
    created_at  timestamptz not null
);

create index created_dialogue_recent on created_dialogue (created_at);

create table connected_supplier (
    organisation_id  uuid primary key,
    first_invited_at timestamptz not null
);

grant select, insert on created_dialogue to ${app_role};
grant select, insert on connected_supplier to ${app_role};
