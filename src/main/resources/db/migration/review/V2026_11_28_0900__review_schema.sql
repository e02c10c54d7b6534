-- Quality checks: versioned rule weights and each practice's score with its findings.
create schema if not exists review;

create table review.rule_sets (
    version    serial primary key,
    weights    jsonb       not null,
    created_by text        not null,
    created_at timestamptz not null default now()
);

create table review.scores (
    practice_id     bigint primary key,
    region_code     char(2)     not null,
    year            integer     not null,
    status          text        not null,
    score           integer     not null,
    rules_version   integer     not null,
    findings        jsonb       not null,
    linked          boolean     not null,
    inter_municipal boolean     not null,
    concession      boolean     not null,
    computed_at     timestamptz not null default now()
);
create index scores_campaign_idx on review.scores (year, region_code);
