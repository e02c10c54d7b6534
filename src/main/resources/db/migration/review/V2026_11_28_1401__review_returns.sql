-- Each return for revision with the rules the practice did not meet at that moment and the reviewer's words:
-- the consolidated report counts why practices were returned.
create table review.returns (
    id          bigserial primary key,
    practice_id bigint      not null,
    region_code char(2)     not null,
    year        integer     not null,
    returned_at timestamptz not null default now(),
    returned_by text        not null,
    comment     text,
    national_projects jsonb not null default '[]'::jsonb,
    rules       jsonb       not null
);
create index returns_year_idx on review.returns (year, region_code);
