-- Yearly reporting campaigns: the association opens one per year with a deadline; a region's deadline may be extended.
create table practice.campaigns (
    year         integer primary key check (year between 2015 and 2035),
    period       text        not null,
    deadline     date        not null,
    instructions text,
    opened_by    text        not null,
    opened_at    timestamptz not null default now(),
    version      bigint      not null default 0
);

create table practice.campaign_extensions (
    year        integer     not null references practice.campaigns (year) on delete cascade,
    region_code char(2)     not null,
    deadline    date        not null,
    granted_by  text        not null,
    granted_at  timestamptz not null default now(),
    primary key (year, region_code)
);
