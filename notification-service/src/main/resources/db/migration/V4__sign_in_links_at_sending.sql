-- A supplier's invitation and a requested sign-in link carry a sign-in link that identity issues right
-- before sending (docs/security.md). The stored message holds a random marker where the link goes, and
-- who the link is for; the link itself is never stored. While identity cannot be reached the message
-- waits (link_deferrals counts those rounds for the back-off; they are not failed SMTP attempts).
alter table mail_message
    add column link_marker      varchar(64),
    add column link_email       varchar(320),
    add column link_dialogue_id bigint,
    add column link_deferrals   integer not null default 0,
    add constraint mail_message_link_for_whom check ((link_marker is null) = (link_email is null));
