-- The outbox of notifications: to a user, or to everyone of a role (in a region).
create schema if not exists notification;

create table notification.notifications (
    id               bigserial primary key,
    recipient_user   text,
    recipient_role   text,
    recipient_region char(2),
    subject          text        not null,
    body             text        not null,
    link             text,
    dedupe_key       text unique,
    created_at       timestamptz not null default now(),
    read_by          text[]      not null default '{}',
    check (recipient_user is not null or recipient_role is not null)
);
create index notifications_role_idx on notification.notifications (recipient_role, recipient_region, created_at desc);
