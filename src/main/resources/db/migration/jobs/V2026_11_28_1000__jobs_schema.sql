-- Long work (imports, reports) runs as a job; its progress and outcome are kept here so any page can show them.
create schema if not exists jobs;

create table jobs.jobs (
    id          uuid primary key,
    kind        text        not null,
    owner       text        not null,
    status      text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress    integer     not null default 0,
    total       integer     not null default 0,
    message     text,
    errors      jsonb       not null default '[]'::jsonb,
    result      jsonb       not null default '{}'::jsonb,
    payload     bytea,
    created     timestamptz not null default now(),
    updated     timestamptz not null default now()
);
create index jobs_owner_idx on jobs.jobs (owner, created desc);
