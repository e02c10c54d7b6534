-- National projects (both periods), their federal projects, national goals, the crosswalk between periods,
-- regional projects of the subjects, and indicators/results with values by year.
create schema if not exists nationalproject;

create table nationalproject.national_projects (
    code       text primary key,
    period     text        not null check (period in ('2019-2024', '2025-2030')),
    name       text        not null,
    position   integer     not null,
    basis      text,
    updated_at timestamptz not null default now(),
    version    bigint      not null default 0
);

create table nationalproject.federal_projects (
    code          text primary key,
    national_code text        not null references nationalproject.national_projects (code),
    name          text        not null,
    position      integer     not null,
    confidence    text,
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0
);
create index federal_projects_np_idx on nationalproject.federal_projects (national_code, position);

create table nationalproject.national_goals (
    id     serial primary key,
    decree text not null,
    letter text not null,
    goal   text not null,
    source text
);

create table nationalproject.crosswalk (
    id         serial primary key,
    old_name   text not null,
    successors text not null,
    note       text
);

create table nationalproject.regional_projects (
    id            bigserial primary key,
    region_code   char(2)     not null,
    federal_code  text        not null references nationalproject.federal_projects (code),
    name          text        not null,
    description   text,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0
);
create index regional_projects_region_idx on nationalproject.regional_projects (region_code);

-- An indicator (показатель) or a result (результат) of a federal or of a regional project.
create table nationalproject.indicators (
    id                  bigserial primary key,
    federal_code        text references nationalproject.federal_projects (code),
    regional_project_id bigint references nationalproject.regional_projects (id) on delete cascade,
    kind                text        not null check (kind in ('INDICATOR', 'RESULT')),
    name                text        not null,
    unit                text        not null,
    base_value          numeric,
    base_year           integer,
    created_at          timestamptz not null default now(),
    check ((federal_code is null) <> (regional_project_id is null))
);
create index indicators_fp_idx on nationalproject.indicators (federal_code);
create index indicators_rp_idx on nationalproject.indicators (regional_project_id);

create table nationalproject.indicator_values (
    indicator_id bigint  not null references nationalproject.indicators (id) on delete cascade,
    year         integer not null,
    target       numeric,
    actual       numeric,
    primary key (indicator_id, year)
);
