-- Federation to a municipality's own identity provider (OpenID Connect), configured by the operator.
alter table tenant
    add column oidc_issuer        text,
    add column oidc_client_id     text,
    add column oidc_client_secret text,
    add column oidc_role_claim    text not null default 'roles',
    add column oidc_role_mapping  text not null default '';

grant update (oidc_issuer, oidc_client_id, oidc_client_secret, oidc_role_claim, oidc_role_mapping) on tenant to ${app_role};

-- Users provisioned just in time from an upstream provider are found again by its subject.
alter table app_user add column external_subject text;
create unique index app_user_external_subject on app_user (tenant_id, external_subject) where external_subject is not null;
