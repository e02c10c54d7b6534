-- The All-Russian competition «Лучшая муниципальная практика» (Government decree of 18.08.2016 No. 815): a competition
-- per year with its nominations, categories, quotas and prizes; applications from practice cards; the regional stage;
-- experts with competences and declared conflicts; criteria and scores; places and prizes.
create schema if not exists competition;

create table competition.competitions (
    id                     bigserial primary key,
    year                   integer     not null unique check (year between 2016 and 2100),
    title                  text        not null,
    -- applications are submitted up to this day (inclusive), the region's commission forwards up to regional_deadline
    applications_deadline  date        not null,
    regional_deadline      date        not null,
    federal_deadline       date        not null,
    experts_per_application integer    not null default 3 check (experts_per_application between 1 and 7),
    -- the two-step method: the top N per nomination and category by formal points go to the experts (null: all)
    shortlist_size         integer check (shortlist_size is null or shortlist_size between 1 and 100),
    aggregation            text        not null default 'MEAN' check (aggregation in ('MEAN', 'MEDIAN')),
    blind                  boolean     not null default true,
    places                 integer     not null default 5 check (places between 1 and 10),
    -- how many applications the association itself may add per nomination and category (5 since 2025)
    association_quota      integer     not null default 0 check (association_quota between 0 and 20),
    -- municipality type (territory.MunicipalityType) → category 'I' or 'II'; a type not listed may not apply
    category_rule          jsonb       not null,
    phase                  text        not null default 'APPLICATIONS'
        check (phase in ('APPLICATIONS', 'SCORING', 'RESULTS', 'PUBLISHED')),
    -- past results imported from a workbook: no applications flow, only results
    archive                boolean     not null default false,
    demo                   boolean     not null default false,
    results_confirmed_at   timestamptz,
    results_published_at   timestamptz,
    created_by             text        not null,
    created_at             timestamptz not null default now(),
    version                bigint      not null default 0,
    check (applications_deadline <= regional_deadline and regional_deadline <= federal_deadline)
);

-- A nomination of a year, curated by a ministry, with its own questions (a form defined as data, not code):
-- [{"key": "effect", "label": "…", "kind": "TEXT|NUMBER|YES_NO", "required": true, "maxLength": 4000}]
create table competition.nominations (
    id                bigserial primary key,
    competition_id    bigint  not null references competition.competitions (id) on delete cascade,
    code              text    not null check (code ~ '^N[0-9]{1,2}$'),
    title             text    not null,
    curator           text    not null,
    national_projects text[]  not null default '{}',
    questions         jsonb   not null default '[]',
    position          integer not null,
    unique (competition_id, code)
);

-- How many applications one region's commission may forward per nomination and category.
create table competition.quotas (
    competition_id  bigint  not null references competition.competitions (id) on delete cascade,
    nomination_code text    not null,
    category        text    not null check (category in ('I', 'II')),
    per_region      integer not null check (per_region between 0 and 100),
    primary key (competition_id, nomination_code, category)
);

-- Prize money by nomination, category and place.
create table competition.prizes (
    competition_id  bigint        not null references competition.competitions (id) on delete cascade,
    nomination_code text          not null,
    category        text          not null check (category in ('I', 'II')),
    place           integer       not null check (place between 1 and 10),
    amount_rub      numeric(15, 2) not null check (amount_rub >= 0),
    primary key (competition_id, nomination_code, category, place)
);

-- Criteria of a nomination: FORMULA criteria are computed from the card (formula: EXTRA_BUDGET_SHARE,
-- INTER_MUNICIPAL, CONCESSION_OR_PPP, RESULTS_ACHIEVED), each worth up to its weight; EXPERT criteria are scored by
-- each assigned expert within [min_points, max_points] and multiplied by their weight.
create table competition.criteria (
    id              bigserial primary key,
    competition_id  bigint        not null references competition.competitions (id) on delete cascade,
    nomination_code text          not null,
    code            text          not null,
    title           text          not null,
    kind            text          not null check (kind in ('FORMULA', 'EXPERT')),
    formula         text check (formula in ('EXTRA_BUDGET_SHARE', 'INTER_MUNICIPAL', 'CONCESSION_OR_PPP',
                                            'RESULTS_ACHIEVED')),
    min_points      numeric(6, 2) not null default 0,
    max_points      numeric(6, 2) not null default 1,
    weight          numeric(6, 2) not null default 1 check (weight > 0),
    position        integer       not null,
    unique (competition_id, nomination_code, code),
    check ((kind = 'FORMULA') = (formula is not null)),
    check (min_points <= max_points)
);

create table competition.applications (
    id                     bigserial primary key,
    competition_id         bigint      not null references competition.competitions (id) on delete cascade,
    nomination_code        text        not null,
    practice_id            bigint,
    title                  text        not null,
    oktmo                  char(8),
    municipality_name      text        not null,
    region_code            char(2)     not null,
    category               text        not null check (category in ('I', 'II')),
    -- the answers to the nomination's questions, keyed by question
    answers                jsonb       not null default '{}',
    declaration            boolean     not null default false,
    by_association         boolean     not null default false,
    applicant_organization_id bigint,
    status                 text        not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'FORWARDED', 'REJECTED', 'WINNER', 'NOT_AWARDED')),
    regional_rank          integer check (regional_rank is null or regional_rank between 1 and 1000),
    -- the commission's justification of a forward or its reason for a rejection
    regional_note          text,
    formal_points          numeric(8, 3),
    shortlisted            boolean     not null default false,
    expert_points          numeric(8, 3),
    rank                   integer,
    place                  integer,
    prize_rub              numeric(15, 2),
    demo                   boolean     not null default false,
    created_by             text        not null,
    created_at             timestamptz not null default now(),
    submitted_at           timestamptz,
    decided_at             timestamptz,
    version                bigint      not null default 0
);
create unique index applications_practice_uq on competition.applications (competition_id, practice_id)
    where practice_id is not null;
create index applications_stage_idx on competition.applications (competition_id, nomination_code, category, status);
create index applications_region_idx on competition.applications (competition_id, region_code);

create table competition.attachments (
    id             bigserial primary key,
    application_id bigint      not null references competition.applications (id) on delete cascade,
    file_name      text        not null,
    content_type   text        not null,
    size_bytes     integer     not null,
    content        bytea       not null,
    uploaded_by    text        not null,
    uploaded_at    timestamptz not null default now()
);
create index attachments_application_idx on competition.attachments (application_id);

-- The pool of experts: a user of the platform with a home region and the nominations they are competent in.
create table competition.experts (
    id            bigserial primary key,
    username      text    not null unique,
    full_name     text    not null,
    home_region   char(2) not null,
    competences   text[]  not null default '{}',
    active        boolean not null default true,
    demo          boolean not null default false,
    created_at    timestamptz not null default now()
);

-- A declared conflict of interest: a municipality (OKTMO), a region (code) or an organisation (id).
create table competition.conflicts (
    id         bigserial primary key,
    expert_id  bigint not null references competition.experts (id) on delete cascade,
    kind       text   not null check (kind in ('MUNICIPALITY', 'REGION', 'ORGANIZATION')),
    value      text   not null,
    note       text,
    unique (expert_id, kind, value)
);

create table competition.assignments (
    id             bigserial primary key,
    application_id bigint      not null references competition.applications (id) on delete cascade,
    expert_id      bigint      not null references competition.experts (id),
    assigned_by    text        not null,
    assigned_at    timestamptz not null default now(),
    submitted_at   timestamptz,
    unique (application_id, expert_id)
);
create index assignments_expert_idx on competition.assignments (expert_id);

create table competition.scores (
    assignment_id bigint        not null references competition.assignments (id) on delete cascade,
    criterion_id  bigint        not null references competition.criteria (id) on delete cascade,
    points        numeric(6, 2) not null,
    comment       text,
    scored_at     timestamptz   not null default now(),
    primary key (assignment_id, criterion_id)
);
