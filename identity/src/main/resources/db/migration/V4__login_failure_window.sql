-- When the last failed login happened: failures older than the lockout window no longer count, so a
-- lock ends for good when its time is up instead of returning with the next single wrong password.
alter table app_user add column last_failed_at timestamptz;
