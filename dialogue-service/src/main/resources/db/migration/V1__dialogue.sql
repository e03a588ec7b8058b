-- The platform's own tables (outbox_event, processed_event) come first, from db/platform in the starter.
-- The dialogue's tables follow the platform's rule for tenant data, as the other services do:
--   tenant_id text not null default current_setting('app.tenant_id', true),
--   enable and force row level security, one policy on app.tenant_id (or app.cross_tenant = 'on'),
--   grants to ${app_role} only for what the service does.
-- Until then the service owns nothing but its schema; the app role may read and write, never create.
revoke create on schema public from public;
comment on schema public is 'Anskaf dialogue-service: market dialogues (docs/architecture.md)';
