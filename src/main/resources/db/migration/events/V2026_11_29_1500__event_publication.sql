-- Spring Modulith's event publication registry (JDBC, schema v2 of Modulith 2.0): one row per event and listener,
-- written in the transaction that publishes the event and deleted when the listener has done its work. A row left
-- here is work a listener has not finished (it failed, or the process died); it is resubmitted on the next start.
create schema if not exists events;

create table events.event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);

create index event_publication_serialized_event_hash_idx on events.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on events.event_publication (completion_date);
