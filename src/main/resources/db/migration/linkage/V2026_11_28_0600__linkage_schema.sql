-- What linkage knows of practices (kept from practice events), and its findings.
create schema if not exists linkage;

create table linkage.documents (
    practice_id       bigint primary key,
    region_code       char(2)     not null,
    year              integer     not null,
    status            text        not null,
    title             text        not null,
    text              text        not null,
    municipalities    text[]      not null,
    national_codes    text[]      not null,
    federal_codes     text[]      not null,
    updated_at        timestamptz not null default now()
);
create index documents_status_idx on linkage.documents (status);

-- A finding about a practice: its link is not supported by its text, or it nearly duplicates another card.
create table linkage.findings (
    id                bigserial primary key,
    practice_id       bigint      not null,
    kind              text        not null check (kind in ('LINK_NOT_SUPPORTED', 'NEAR_DUPLICATE')),
    message           text        not null,
    evidence          text,
    other_practice_id bigint,
    similarity        numeric(5, 3),
    created_at        timestamptz not null default now(),
    reviewed_by       text,
    reviewed_at       timestamptz
);
create unique index findings_uq on linkage.findings (practice_id, kind, coalesce(other_practice_id, 0));
