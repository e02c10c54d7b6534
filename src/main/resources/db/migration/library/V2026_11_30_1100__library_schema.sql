-- The public library: one row per published practice, kept by the library from the practice, review and competition
-- events, with everything search, facets and sorting need in one table (ADR 0017).
create schema if not exists library;

create table library.entries (
    practice_id       bigint primary key,
    year              integer     not null,
    region_code       char(2)     not null,
    district          text        not null,
    municipality_type text        not null,
    lead_oktmo        char(8)     not null,
    municipality      text        not null,
    title             text        not null,
    summary           text        not null default '',
    body              text        not null default '',
    -- goals, results, beneficiaries, partners, replicability and lessons: searched, weighted below the problem
    extra             text        not null default '',
    national_codes    text[]      not null default '{}',
    federal_codes     text[]      not null default '{}',
    mechanism         text,
    inter_municipal   boolean     not null default false,
    winner            boolean     not null default false,
    award             text,
    quality           integer     not null default 0,
    completeness      integer     not null default 0,
    adoptions         integer     not null default 0,
    adopted_in        text        not null default '',
    total_financing   numeric(18, 2) not null default 0,
    published_at      timestamptz not null default now(),
    indexed_at        timestamptz not null default now(),
    -- how much a complete, high-quality, awarded and repeated practice is preferred at equal relevance
    prior             real        not null default 1,
    search            tsvector generated always as (
        setweight(to_tsvector('russian', title), 'A')
            || setweight(to_tsvector('russian', summary || ' ' || body), 'B')
            || setweight(to_tsvector('russian', extra), 'C')
            || setweight(to_tsvector('russian', municipality || ' ' || adopted_in), 'D')) stored
);
create index entries_search_idx on library.entries using gin (search);
create index entries_national_idx on library.entries using gin (national_codes);
create index entries_region_idx on library.entries (region_code, year);
-- the sorts without words read the first page from an index instead of sorting every entry
create index entries_date_idx on library.entries (year desc, published_at desc, practice_id desc);
create index entries_quality_idx on library.entries (quality desc, completeness desc, practice_id desc);
create index entries_adoptions_idx on library.entries (adoptions desc, practice_id desc);

-- Words of the published texts as written (lower case), for «возможно, вы имели в виду …» when a word matches nothing.
-- A word is known when its stem is (so «благоустройство» is known from «благоустройства»); an unknown one is replaced
-- by the most similar word as written.
create table library.words (
    word      text    primary key,
    lexeme    text    not null,
    frequency integer not null default 1
);
create index words_lexeme_idx on library.words (lexeme);
create index words_trgm_idx on library.words using gin (word public.gin_trgm_ops);

-- «Мы внедрили эту практику»: a municipality that repeated a published practice, with its own period and results.
create table library.adoptions (
    id           bigserial primary key,
    practice_id  bigint      not null,
    oktmo        char(8)     not null,
    region_code  char(2)     not null,
    municipality text        not null,
    period_from  date        not null,
    period_to    date,
    results      text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now(),
    unique (practice_id, oktmo)
);
create index adoptions_practice_idx on library.adoptions (practice_id, recorded_at);

-- One row: bumped on every change of the library, so cached pages and facet counts know when they are stale.
create table library.state (
    id         integer primary key check (id = 1),
    generation bigint      not null default 0,
    changed_at timestamptz not null default now()
);
insert into library.state (id) values (1);
