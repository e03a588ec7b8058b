-- The editorial board (kravredaktionen) as identity publishes it (board-membership-changed events):
-- the recipients of the board's mail. Not filtered by tenant: the board serves every municipality, and
-- each municipality's promotion request is mailed to all members, whichever municipality they are in.
create table board_member (
    user_id    uuid primary key,
    tenant_id  text         not null,
    name       varchar(200) not null,
    email      varchar(320) not null,
    updated_at timestamptz  not null default now()
);

grant select, insert, update, delete on board_member to ${app_role};
