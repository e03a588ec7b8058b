-- Every kravbank download, counted for the front-page statistics (no person or tenant recorded).
create table kravbank_download (
    id            bigserial primary key,
    downloaded_at timestamptz not null default now(),
    audience      text        not null check (audience in ('ANONYMOUS', 'LOGGED_IN')),
    format        text        not null check (format in ('XLSX', 'CSV', 'JSON'))
);

create index kravbank_download_time on kravbank_download (downloaded_at);

grant select, insert on kravbank_download to ${app_role};
grant usage on sequence kravbank_download_id_seq to ${app_role};
