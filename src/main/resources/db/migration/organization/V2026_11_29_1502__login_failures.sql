-- Failed sign-ins counted per account and client address ('account:<login>@<address>') and per client address
-- ('address:<address>'). An account is slowed down only for the address that guessed, so nobody elsewhere can lock the
-- administrator out; an address that tries many accounts is slowed down as a whole. Shared by every instance.
create table organization.login_failures (
    key          text primary key,
    failures     integer     not null,
    locked_until timestamptz,
    updated_at   timestamptz not null default now()
);
