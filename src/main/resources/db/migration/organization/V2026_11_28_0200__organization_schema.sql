-- Organizations (the association, the regional councils, partners, federal bodies), user accounts, roles, tokens.
create schema if not exists organization;

create table organization.organizations (
    id            bigserial primary key,
    kind          text        not null check (kind in ('ASSOCIATION', 'REGIONAL_COUNCIL', 'PARTNER', 'FEDERAL_BODY')),
    name          text        not null,
    short_name    text,
    region_code   char(2),
    head_name     text,
    head_position text,
    email         text,
    phone         text,
    website       text,
    address       text,
    seed_key      text unique,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0
);
create unique index organizations_council_region_uq on organization.organizations (region_code)
    where kind = 'REGIONAL_COUNCIL';
create unique index organizations_association_uq on organization.organizations (kind) where kind = 'ASSOCIATION';
create unique index organizations_name_uq on organization.organizations (lower(name));

create table organization.users (
    id              bigserial primary key,
    username        text        not null,
    full_name       text        not null,
    email           text,
    position        text,
    password_hash   text        not null,
    active          boolean     not null default true,
    demo            boolean     not null default false,
    organization_id bigint references organization.organizations (id),
    region_code     char(2),
    oktmo           char(8),
    failed_logins   integer     not null default 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create unique index users_username_uq on organization.users (lower(username));

create table organization.user_roles (
    user_id bigint not null references organization.users (id) on delete cascade,
    role    text   not null check (role in ('ADMIN', 'EXPERT', 'REGIONAL_OPERATOR', 'MUNICIPAL_OPERATOR')),
    primary key (user_id, role)
);

-- Personal access tokens for the API. Only the SHA-256 of a token is kept; the token is shown once.
create table organization.access_tokens (
    id           bigserial primary key,
    user_id      bigint      not null references organization.users (id) on delete cascade,
    name         text        not null,
    token_hash   char(64)    not null unique,
    token_hint   text        not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_tokens_user_idx on organization.access_tokens (user_id);
