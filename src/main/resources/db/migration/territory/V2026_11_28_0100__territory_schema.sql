-- Subjects of the Russian Federation and municipal formations (OKTMO, section 1).
create extension if not exists pg_trgm schema public;

create schema if not exists territory;

create table territory.regions (
    code             char(2) primary key,
    oktmo            char(8) not null unique,
    okato            char(2) not null,
    name             text    not null,
    full_name        text    not null,
    type             text,
    federal_district text    not null,
    iso_code         text,
    capital          text,
    population       integer,
    timezone         text,
    note             text
);

create table territory.municipalities (
    oktmo        char(8) primary key,
    name         text        not null,
    type         text        not null,
    region_code  char(2)     not null references territory.regions (code),
    parent_oktmo char(8),
    active       boolean     not null default true,
    abolished_at timestamptz,
    updated_at   timestamptz not null default now(),
    search       tsvector generated always as (to_tsvector('russian', name)) stored
);

create index municipalities_region_idx on territory.municipalities (region_code, name);
create index municipalities_parent_idx on territory.municipalities (parent_oktmo);
create index municipalities_search_idx on territory.municipalities using gin (search);
create index municipalities_name_trgm_idx on territory.municipalities using gin (lower(name) gin_trgm_ops);

-- Earlier names of a municipality, kept when an OKTMO import renames it (references use the code, never the name).
create table territory.municipality_names (
    oktmo        char(8)     not null,
    name         text        not null,
    replaced_at  timestamptz not null default now(),
    import_id    bigint
);
create index municipality_names_oktmo_idx on territory.municipality_names (oktmo);

-- Every OKTMO file loaded, with what it changed.
create table territory.oktmo_imports (
    id          bigserial primary key,
    file_name   text        not null,
    sha256      char(64)    not null,
    imported_at timestamptz not null default now(),
    imported_by text        not null,
    rows_read   integer     not null,
    added       integer     not null,
    renamed     integer     not null,
    retyped     integer     not null,
    abolished   integer     not null,
    restored    integer     not null
);
