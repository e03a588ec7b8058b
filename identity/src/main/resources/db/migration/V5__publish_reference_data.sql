-- Reference data that reached the database without an event (the 98 municipalities of V2, users and
-- board members seeded or created before their events existed) is published once, as the same events
-- later changes publish (docs/events.md): a tenant-changed per tenant, a board-membership-changed per
-- board member and a community-membership-changed per community. The outbox relay sends them after
-- this migration commits. Every event is a full state that consumers store by key, so an event a
-- consumer already had a copy of changes nothing there. Works for a fresh database (no users yet) and
-- for a deployment where the seed already ran.

-- Read every tenant's users: row-level security is forced on these tables, also for their owner.
select set_config('app.cross_tenant', 'on', true);

with reference_event (type, subject, tenant_id, data, rank) as (
    select 'dk.anskaf.identity.tenant-changed.v1', t.tenant_id, t.tenant_id,
           jsonb_build_object(
               'tenantId', t.tenant_id,
               'kind', t.kind,
               'kommunekode', t.kommunekode,
               'name', t.name,
               'officialName', t.official_name,
               'slug', t.slug,
               'onboarded', t.onboarded,
               'activeUsers', (select count(*) from app_user u where u.tenant_id = t.tenant_id and u.enabled)),
           '1 ' || t.tenant_id
    from tenant t
    union all
    select 'dk.anskaf.identity.board-membership-changed.v1', u.id::text, u.tenant_id,
           jsonb_build_object(
               'userId', u.id,
               'tenantId', u.tenant_id,
               'name', u.display_name,
               'email', u.email,
               'member', true),
           '2 ' || u.tenant_id || ' ' || u.username
    from app_user u
    where exists (select 1 from user_role r where r.user_id = u.id and r.role = 'board')
    union all
    select 'dk.anskaf.identity.community-membership-changed.v1', c.id::text, 'operator',
           jsonb_build_object(
               'communityId', c.id,
               'name', c.name,
               'members', coalesce((select jsonb_agg(m.tenant_id order by m.tenant_id)
                                    from community_member m where m.community_id = c.id), '[]'::jsonb)),
           '3 ' || c.name
    from community c
),
-- One id per event (materialised once, so the row and its envelope share it).
identified as materialized (
    select gen_random_uuid() as event_id, e.* from reference_event e
)
-- The CloudEvents envelope exactly as dk.anskaf.platform.events.Outbox writes it.
insert into outbox_event (event_id, topic, event_key, tenant_id, payload)
select e.event_id, 'anskaf.identity.tenants', e.subject, e.tenant_id,
       jsonb_build_object(
           'specversion', '1.0',
           'id', e.event_id,
           'source', '/anskaf/identity',
           'type', e.type,
           'subject', e.subject,
           'time', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'datacontenttype', 'application/json',
           'tenantid', e.tenant_id,
           'data', e.data)::text
from identified e
order by e.rank;
