-- Who did what, when, to which object. Rows are only ever added.
create schema if not exists audit;

create table audit.audit_events (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    object_type text        not null,
    object_id   text,
    details     jsonb       not null default '{}'::jsonb
);
create index audit_events_time_idx on audit.audit_events (occurred_at desc);
create index audit_events_object_idx on audit.audit_events (object_type, object_id);
create index audit_events_actor_idx on audit.audit_events (actor);
