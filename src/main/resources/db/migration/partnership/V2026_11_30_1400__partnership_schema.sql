-- Partnerships (ADR 0019): partners with contacts, agreements with their parties, signatories, lifecycle history and
-- the signed scan, reminders before the term ends, joint programmes with regions, activities, KPIs, reports and links.
-- Organizations, regions, practices, applications and instructions are referred to by id only (no foreign keys across
-- modules).
create schema if not exists partnership;

-- A partner: an organization of the organization module (organization_id) with partnership's own details, or one kept
-- here only. The name is copied at creation so the list reads without another module.
create table partnership.partners (
    id               bigserial primary key,
    organization_id  bigint unique,
    name             text        not null,
    short_name       text,
    kind             text,
    inn              text check (inn is null or inn ~ '^[0-9]{10}([0-9]{2})?$'),
    site             text,
    address          text,
    contact_person   text,
    contact_position text,
    phone            text,
    email            text,
    demo             boolean     not null default false,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          bigint      not null default 0
);

create table partnership.agreements (
    id                      bigserial primary key,
    number                  text        not null,
    title                   text        not null,
    subject                 text,
    state                   text        not null default 'DRAFT'
        check (state in ('DRAFT', 'AGREED', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    agreed_on               date,
    signed_on               date,
    effective_from          date,
    valid_until             date,
    reminder_days           integer     not null default 30 check (reminder_days between 1 and 365),
    termination_reason      text,
    instruction_id          bigint,
    instruction_label       text,
    demo                    boolean     not null default false,
    created_by              text        not null,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint      not null default 0,
    check (valid_until is null or effective_from is null or valid_until >= effective_from)
);
create unique index agreements_number_idx on partnership.agreements (lower(number));

-- The parties: the association (partner_id null) and one or more partners, each with its signatory.
create table partnership.agreement_parties (
    id                 bigserial primary key,
    agreement_id       bigint  not null references partnership.agreements (id) on delete cascade,
    position           integer not null,
    partner_id         bigint references partnership.partners (id),
    party_name         text    not null,
    signatory_name     text,
    signatory_position text,
    unique (agreement_id, position)
);
create unique index agreement_parties_partner_idx on partnership.agreement_parties (agreement_id, partner_id)
    where partner_id is not null;

create table partnership.agreement_history (
    id           bigserial primary key,
    agreement_id bigint      not null references partnership.agreements (id) on delete cascade,
    from_state   text,
    to_state     text        not null,
    actor        text        not null,
    at           timestamptz not null default now(),
    comment      text
);
create index agreement_history_idx on partnership.agreement_history (agreement_id, at);

create table partnership.agreement_files (
    id           bigserial primary key,
    agreement_id bigint      not null references partnership.agreements (id) on delete cascade,
    kind         text        not null check (kind in ('SCAN', 'OTHER')),
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       char(64)    not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now(),
    content      bytea       not null
);
create index agreement_files_idx on partnership.agreement_files (agreement_id);

-- At most one reminder per agreement, threshold and term (a prolonged term gets its own reminder).
create table partnership.agreement_reminders (
    agreement_id bigint      not null references partnership.agreements (id) on delete cascade,
    days_before  integer     not null,
    valid_until  date        not null,
    sent_at      timestamptz not null default now(),
    primary key (agreement_id, days_before, valid_until)
);

create table partnership.programmes (
    id           bigserial primary key,
    agreement_id bigint      not null references partnership.agreements (id),
    title        text        not null,
    description  text,
    first_year   integer     not null check (first_year between 2000 and 2100),
    last_year    integer     not null check (last_year between 2000 and 2100),
    demo         boolean     not null default false,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    check (last_year >= first_year)
);
create index programmes_agreement_idx on partnership.programmes (agreement_id);

create table partnership.programme_regions (
    programme_id bigint  not null references partnership.programmes (id) on delete cascade,
    region_code  char(2) not null,
    primary key (programme_id, region_code)
);

create table partnership.programme_activities (
    id           bigserial primary key,
    programme_id bigint not null references partnership.programmes (id) on delete cascade,
    title        text   not null,
    starts_on    date,
    ends_on      date,
    responsible  text,
    status       text   not null default 'PLANNED' check (status in ('PLANNED', 'IN_PROGRESS', 'DONE')),
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);

create table partnership.programme_kpis (
    id           bigserial primary key,
    programme_id bigint  not null references partnership.programmes (id) on delete cascade,
    position     integer not null,
    name         text    not null,
    unit         text    not null
);

create table partnership.kpi_values (
    kpi_id bigint  not null references partnership.programme_kpis (id) on delete cascade,
    year   integer not null check (year between 2000 and 2100),
    target numeric(14, 2),
    actual numeric(14, 2),
    primary key (kpi_id, year)
);

create table partnership.programme_reports (
    id           bigserial primary key,
    programme_id bigint      not null references partnership.programmes (id) on delete cascade,
    year         integer     not null check (year between 2000 and 2100),
    text         text        not null,
    file_name    text,
    content_type text,
    content      bytea,
    created_by   text        not null,
    created_at   timestamptz not null default now()
);

-- Practices (practice module) and competition applications (competition module) linked to a programme; the title is
-- read through the owning module's API when the link is made.
create table partnership.programme_links (
    id           bigserial primary key,
    programme_id bigint      not null references partnership.programmes (id) on delete cascade,
    kind         text        not null check (kind in ('PRACTICE', 'APPLICATION')),
    target_id    bigint      not null,
    title        text        not null,
    region_code  char(2),
    added_by     text        not null,
    added_at     timestamptz not null default now(),
    unique (programme_id, kind, target_id)
);
