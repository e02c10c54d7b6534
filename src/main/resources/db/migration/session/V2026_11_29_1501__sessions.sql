-- Sessions of the UI live in PostgreSQL (Spring Session JDBC, its PostgreSQL schema), so a person signed in on one
-- instance stays signed in on every other one behind the load balancer. Attributes are serialized Java objects: never
-- put a secret (a one-time password) into a session.
create schema if not exists sessions;

create table sessions.spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on sessions.spring_session (session_id);
create index spring_session_ix2 on sessions.spring_session (expiry_time);
create index spring_session_ix3 on sessions.spring_session (principal_name);

create table sessions.spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references sessions.spring_session (primary_id) on delete cascade
);
