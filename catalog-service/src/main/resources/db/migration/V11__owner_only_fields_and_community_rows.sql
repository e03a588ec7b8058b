-- Issue #11 §1 (catalogue): what belongs to one municipality or one community stays there.

-- The board decides promotions to the cross-municipal catalogue only: a request to a community opens
-- neither the request nor the requirement to the board role; only the community's members see them.
create or replace function pending_promotion(requirement bigint) returns boolean
    language sql stable security invoker
    as $$ select exists (select 1 from promotion_request p where p.requirement_id = requirement and p.status = 'PENDING'
                         and p.target = 'CROSS_MUNICIPAL') $$;

drop policy promotion_request_access on promotion_request;
create policy promotion_request_access on promotion_request
    using (tenant_id = current_setting('app.tenant_id', true)
        or ('board' = any(string_to_array(current_setting('app.roles', true), ',')) and target = 'CROSS_MUNICIPAL')
        or (target = 'COMMUNITY' and member_of(community_id))
        or current_setting('app.cross_tenant', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true)
        or ('board' = any(string_to_array(current_setting('app.roles', true), ',')) and target = 'CROSS_MUNICIPAL')
        or (target = 'COMMUNITY' and member_of(community_id))
        or current_setting('app.cross_tenant', true) = 'on');

-- Members deciding a community request may lock the requesting municipality's requirement only to move
-- it into the community: requirement_update (V9) admits no other new row for them. The catalogue checks
-- the same first and answers 403 with the reason, so this refusal never surfaces as a 500.

-- Attachments: shared (public) means cross-municipal only; a community's files are for its members.
-- Only editors change a municipality's or a community's files, only the board the shared ones.
alter table attachment add column community_id uuid references community (id);
alter table attachment add constraint attachment_owner check (tenant_id is null or community_id is null);

drop policy attachment_read on attachment;
drop policy attachment_write on attachment;
create policy attachment_read on attachment for select
    using ((tenant_id is null and community_id is null)
        or tenant_id = current_setting('app.tenant_id', true)
        or (community_id is not null and member_of(community_id))
        or current_setting('app.cross_tenant', true) = 'on');
create policy attachment_write on attachment for all
    using ((tenant_id is not null and tenant_id = current_setting('app.tenant_id', true)
            and 'editor' = any(string_to_array(current_setting('app.roles', true), ',')))
        or (community_id is not null and member_of(community_id)
            and 'editor' = any(string_to_array(current_setting('app.roles', true), ',')))
        or (tenant_id is null and community_id is null
            and 'board' = any(string_to_array(current_setting('app.roles', true), ',')))
        or current_setting('app.cross_tenant', true) = 'on')
    with check ((tenant_id is not null and tenant_id = current_setting('app.tenant_id', true)
            and 'editor' = any(string_to_array(current_setting('app.roles', true), ',')))
        or (community_id is not null and member_of(community_id)
            and 'editor' = any(string_to_array(current_setting('app.roles', true), ',')))
        or (tenant_id is null and community_id is null
            and 'board' = any(string_to_array(current_setting('app.roles', true), ',')))
        or current_setting('app.cross_tenant', true) = 'on');

-- Data written under the old rules; an explicit cross-tenant step, as the policies also bind this role.
select set_config('app.cross_tenant', 'on', true);

-- Files the board stored as shared on community requirements become the community's.
update attachment a set community_id = r.community_id
from requirement r
where a.requirement_id = r.id and r.owner_kind = 'COMMUNITY' and a.tenant_id is null and a.community_id is null;

-- Notes a promoted requirement kept from its former owner (unchanged since the move) leave the shared row;
-- the former owner still reads them in its own revisions from before the move.
update requirement r set notes = null
where r.owner_kind <> 'MUNICIPALITY' and r.notes is not null
  and r.notes = (select v.snapshot ->> 'notes' from requirement_revision v
                 where v.requirement_id = r.id and v.snapshot ->> 'ownerKind' = 'MUNICIPALITY'
                 order by v.revision desc limit 1);

select set_config('app.cross_tenant', 'off', true);
