-- Communities (samarbejder) as identity publishes them, and requirements they own (Samarbejdskrav,
-- DOMAIN.md sections 2.3 and 4.2): visible to and editable by every member municipality. A local
-- requirement moves into a community only when an editor of another member municipality approves.
create table community (
    id   uuid primary key,
    name text not null
);

create table community_member (
    community_id uuid not null references community (id) on delete cascade,
    tenant_id    text not null,
    primary key (community_id, tenant_id)
);

grant select, insert, update, delete on community, community_member to ${app_role};

create or replace function member_of(community uuid) returns boolean
    language sql stable security invoker
    as $$ select exists (select 1 from community_member m
                         where m.community_id = community and m.tenant_id = current_setting('app.tenant_id', true)) $$;

alter table requirement add column community_id uuid references community (id);
alter table requirement drop constraint requirement_owner;
alter table requirement drop constraint requirement_owner_kind_check;
alter table requirement add constraint requirement_owner check (
    (owner_kind = 'MUNICIPALITY' and tenant_id is not null and community_id is null)
    or (owner_kind = 'COMMUNITY' and tenant_id is null and community_id is not null)
    or (owner_kind = 'CROSS_MUNICIPAL' and tenant_id is null and community_id is null));

alter table promotion_request add column community_id uuid references community (id);
alter table promotion_request drop constraint promotion_request_target_check;
alter table promotion_request add constraint promotion_request_target check (
    (target = 'CROSS_MUNICIPAL' and community_id is null) or (target = 'COMMUNITY' and community_id is not null));

-- Members of the target community see the request, and the requirement while it is pending.
create or replace function pending_for_my_community(requirement bigint) returns boolean
    language sql stable security invoker
    as $$ select exists (select 1 from promotion_request p where p.requirement_id = requirement and p.status = 'PENDING'
                         and p.target = 'COMMUNITY' and member_of(p.community_id)) $$;

drop policy promotion_request_access on promotion_request;
create policy promotion_request_access on promotion_request
    using (tenant_id = current_setting('app.tenant_id', true)
        or 'board' = any(string_to_array(current_setting('app.roles', true), ','))
        or (target = 'COMMUNITY' and member_of(community_id))
        or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true)
        or 'board' = any(string_to_array(current_setting('app.roles', true), ','))
        or (target = 'COMMUNITY' and member_of(community_id))
        or current_setting('app.cross_tenant', true) = 'on');

drop policy requirement_read on requirement;
drop policy requirement_update on requirement;
create policy requirement_read on requirement for select
    using (owner_kind = 'CROSS_MUNICIPAL'
        or tenant_id = current_setting('app.tenant_id', true)
        or (owner_kind = 'COMMUNITY' and member_of(community_id))
        or (owner_kind = 'MUNICIPALITY' and pending_for_my_community(id))
        or ('board' = any(string_to_array(current_setting('app.roles', true), ',')) and pending_promotion(id))
        or current_setting('app.cross_tenant', true) = 'on');
create policy requirement_update on requirement for update
    using ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or (owner_kind = 'COMMUNITY' and member_of(community_id))
        or (owner_kind = 'MUNICIPALITY' and pending_for_my_community(id))
        or ('board' = any(string_to_array(current_setting('app.roles', true), ','))
            and (owner_kind = 'CROSS_MUNICIPAL' or pending_promotion(id)))
        or current_setting('app.cross_tenant', true) = 'on')
    with check ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or (owner_kind = 'COMMUNITY' and member_of(community_id))
        or ('board' = any(string_to_array(current_setting('app.roles', true), ','))
            and (owner_kind = 'CROSS_MUNICIPAL' or pending_promotion(id)))
        or current_setting('app.cross_tenant', true) = 'on');

alter table requirement_revision add column community_id uuid;
drop policy requirement_revision_read on requirement_revision;
drop policy requirement_revision_write on requirement_revision;
create policy requirement_revision_read on requirement_revision for select
    using (owner_kind = 'CROSS_MUNICIPAL' or tenant_id = current_setting('app.tenant_id', true)
        or (owner_kind = 'COMMUNITY' and member_of(community_id))
        or ('board' = any(string_to_array(current_setting('app.roles', true), ',')) and pending_promotion(requirement_id))
        or current_setting('app.cross_tenant', true) = 'on');
create policy requirement_revision_write on requirement_revision for insert
    with check ((owner_kind = 'MUNICIPALITY' and tenant_id = current_setting('app.tenant_id', true))
        or (owner_kind = 'COMMUNITY' and member_of(community_id))
        or 'board' = any(string_to_array(current_setting('app.roles', true), ','))
        or current_setting('app.cross_tenant', true) = 'on');

grant execute on function member_of(uuid), pending_for_my_community(bigint) to ${app_role};

-- When a requirement changes owner, its history moves with it (an explicit cross-tenant step), so
-- everyone who can read the requirement can read its history.
create policy requirement_revision_move on requirement_revision for update
    using (current_setting('app.cross_tenant', true) = 'on')
    with check (current_setting('app.cross_tenant', true) = 'on');
grant update (owner_kind, tenant_id, community_id) on requirement_revision to ${app_role};
