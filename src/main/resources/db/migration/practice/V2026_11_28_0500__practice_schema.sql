-- Practice cards with their repeatable parts, versions (snapshots), workflow actions, comments and attachments.
create schema if not exists practice;

create table practice.practices (
    id                    bigserial primary key,
    year                  integer     not null check (year between 2015 and 2035),
    region_code           char(2)     not null,
    lead_oktmo            char(8)     not null,
    title                 text        not null,
    problem               text,
    goals                 text,
    description           text,
    period_from           date,
    period_to             date,
    mechanism             text check (mechanism in ('BUDGET', 'INITIATIVE_BUDGETING', 'CONCESSION', 'PPP', 'GRANT',
                                                    'TOS', 'VOLUNTEERS')),
    partners              text,
    beneficiaries         text,
    replicability         text,
    lessons               text,
    contact_name          text,
    contact_position      text,
    contact_phone         text,
    contact_email         text,
    status                text        not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'FORWARDED', 'RETURNED', 'ACCEPTED', 'PUBLISHED')),
    inter_municipal       boolean     not null default false,
    total_financing       numeric(18, 2) not null default 0,
    extra_budgetary_share numeric(7, 4),
    external_id           text,
    demo                  boolean     not null default false,
    created_by            text        not null,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint      not null default 0,
    search                tsvector generated always as (
        setweight(to_tsvector('russian', coalesce(title, '')), 'A')
            || setweight(to_tsvector('russian', coalesce(problem, '') || ' ' || coalesce(goals, '') || ' '
                                                || coalesce(description, '')), 'B')) stored
);
create index practices_region_idx on practice.practices (region_code, year, status);
create index practices_status_idx on practice.practices (status);
create index practices_search_idx on practice.practices using gin (search);

create table practice.practice_municipalities (
    practice_id bigint  not null references practice.practices (id) on delete cascade,
    position    integer not null,
    oktmo       char(8) not null,
    primary key (practice_id, position)
);
create index practice_municipalities_oktmo_idx on practice.practice_municipalities (oktmo);

create table practice.financing (
    practice_id bigint         not null references practice.practices (id) on delete cascade,
    position    integer        not null,
    source      text           not null check (source in ('FEDERAL', 'REGIONAL', 'LOCAL', 'EXTRA_BUDGETARY')),
    amount_rub  numeric(18, 2) not null check (amount_rub >= 0),
    primary key (practice_id, position)
);

create table practice.results (
    practice_id  bigint  not null references practice.practices (id) on delete cascade,
    position     integer not null,
    indicator    text    not null,
    unit         text,
    base_value   numeric,
    base_year    integer,
    target_value numeric,
    actual_value numeric,
    actual_year  integer,
    primary key (practice_id, position)
);

create table practice.legal_acts (
    practice_id bigint  not null references practice.practices (id) on delete cascade,
    position    integer not null,
    type        text    not null,
    number      text    not null,
    date        date    not null,
    title       text,
    primary key (practice_id, position)
);

create table practice.links (
    practice_id         bigint  not null references practice.practices (id) on delete cascade,
    position            integer not null,
    national_code       text    not null,
    federal_code        text,
    regional_project_id bigint,
    indicator_id        bigint,
    contribution        text,
    primary key (practice_id, position)
);
create index links_national_idx on practice.links (national_code);
create index links_federal_idx on practice.links (federal_code);

-- Every saved state of a card, as the JSON the API shows, for the history and the diff.
create table practice.versions (
    practice_id bigint      not null references practice.practices (id) on delete cascade,
    version     bigint      not null,
    saved_at    timestamptz not null default now(),
    saved_by    text        not null,
    status      text        not null,
    change      text        not null,
    snapshot    jsonb       not null,
    primary key (practice_id, version)
);

create table practice.actions (
    id          bigserial primary key,
    practice_id bigint      not null references practice.practices (id) on delete cascade,
    action      text        not null,
    from_status text        not null,
    to_status   text        not null,
    actor       text        not null,
    comment     text,
    at          timestamptz not null default now()
);
create index actions_practice_idx on practice.actions (practice_id, id);

create table practice.comments (
    id          bigserial primary key,
    practice_id bigint      not null references practice.practices (id) on delete cascade,
    author      text        not null,
    text        text        not null,
    at          timestamptz not null default now()
);

create table practice.attachments (
    id           bigserial primary key,
    practice_id  bigint      not null references practice.practices (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       char(64)    not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now(),
    content      bytea       not null
);
create index attachments_practice_idx on practice.attachments (practice_id);
