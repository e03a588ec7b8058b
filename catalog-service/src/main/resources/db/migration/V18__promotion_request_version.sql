-- The promotion request is an aggregate saved with optimistic locking (docs/architecture.md): a save
-- states the version it loaded and fails if another transaction saved in between.
alter table promotion_request add column version integer not null default 0;
