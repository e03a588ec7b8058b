-- Run once per service as a PostgreSQL superuser (psql -v name=catalog -v owner_pw=... -v app_pw=...).
-- The owner role runs Flyway and owns the tables; the app role is what the service connects as: it owns
-- nothing and cannot bypass row-level security (the service refuses to start otherwise).
create role :"name"_owner login nosuperuser nocreatedb nocreaterole password :'owner_pw';
create role :"name"_app login nosuperuser nocreatedb nocreaterole nobypassrls password :'app_pw';
create database :"name" owner :"name"_owner encoding 'UTF8';
revoke all on database :"name" from public;
grant connect on database :"name" to :"name"_app;
