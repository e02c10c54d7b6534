-- Generated reports: who asked, when, with which parameters; the file with its checksum once the job has made it.
create schema if not exists report;

create table report.reports (
    id               bigserial primary key,
    kind             text        not null check (kind in ('CONSOLIDATED', 'COLLECTION')),
    format           text        not null check (format in ('DOCX', 'PDF')),
    year             integer     not null,
    region_code      char(2),
    federal_district text,
    national_project text,
    group_by         text,
    scope            text        not null,
    requested_by     text        not null,
    requested_at     timestamptz not null default now(),
    job_id           uuid,
    status           text        not null default 'QUEUED' check (status in ('QUEUED', 'DONE', 'FAILED')),
    file_name        text,
    content_type     text,
    size_bytes       bigint,
    sha256           char(64),
    practices        integer,
    message          text,
    finished_at      timestamptz,
    content          bytea
);
create index reports_requested_idx on report.reports (requested_at desc);
