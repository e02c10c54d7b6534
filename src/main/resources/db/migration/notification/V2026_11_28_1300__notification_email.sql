-- E-mail delivery of the outbox (when SMTP is configured). Messages written before delivery existed are not mailed.
alter table notification.notifications
    add column emailed_at     timestamptz,
    add column email_attempts integer not null default 0,
    add column email_error    text;
update notification.notifications set emailed_at = created_at;
create index notifications_unmailed_idx on notification.notifications (id) where emailed_at is null;
