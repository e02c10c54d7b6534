-- Member votes (ADR 0018): a question with options (text and/or an image), the electorate of councils, ballots named
-- or secret, proxies for one vote, and the result tallied once at the close.
create schema if not exists vote;

create table vote.votes (
    id               bigserial primary key,
    question         text        not null,
    description      text,
    kind             text        not null check (kind in ('SINGLE', 'MULTIPLE', 'RANKING')),
    max_choices      integer     not null default 1 check (max_choices >= 1),
    secret           boolean     not null default false,
    quorum           text        not null default 'MORE_THAN_HALF' check (quorum in ('NONE', 'MORE_THAN_HALF', 'TWO_THIRDS')),
    majority         text        not null default 'RELATIVE' check (majority in ('RELATIVE', 'SIMPLE', 'ABSOLUTE', 'QUALIFIED')),
    electorate_kind  text        not null default 'COUNCILS' check (electorate_kind in ('COUNCILS', 'LIST')),
    state            text        not null default 'DRAFT' check (state in ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED')),
    opens_at         timestamptz,
    closes_at        timestamptz not null,
    -- a plain number for the link back to the meeting whose agenda item put it to the vote (no code dependency)
    meeting_id       bigint,
    agenda_item_id   bigint,
    demo_key         text unique,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    opened_at        timestamptz,
    closed_at        timestamptz,
    closed_by        text,
    -- the result, tallied once at the close
    electorate_size  integer,
    ballots_counted  integer,
    quorum_reached   boolean,
    decided          boolean,
    outcome          text,
    version          bigint      not null default 0
);
create index votes_state_idx on vote.votes (state, closes_at);

create table vote.options (
    id          bigserial primary key,
    vote_id     bigint  not null references vote.votes (id) on delete cascade,
    position    integer not null,
    label       text    not null,
    image       bytea,
    image_type  text check (image_type in ('image/png', 'image/jpeg', 'image/svg+xml')),
    -- the result of the option: ballots that chose it, Borda points of a ranking, whether it passed
    votes       integer,
    points      integer,
    passed      boolean
);
create index options_vote_idx on vote.options (vote_id, position);

-- Who may cast a ballot: a regional council (one ballot each), taken at the opening.
create table vote.electorate (
    vote_id         bigint  not null references vote.votes (id) on delete cascade,
    organization_id bigint  not null,
    region_code     char(2),
    name            text    not null,
    primary key (vote_id, organization_id)
);

-- A council gives its voice to another for one vote; no chains (checked by the service), one proxy per giver.
create table vote.proxies (
    vote_id    bigint      not null references vote.votes (id) on delete cascade,
    giver_id   bigint      not null,
    holder_id  bigint      not null,
    given_by   text        not null,
    given_at   timestamptz not null default now(),
    primary key (vote_id, giver_id),
    check (giver_id <> holder_id)
);

-- Who voted: one row per council and vote, made unique by the database (20 concurrent casts count once).
create table vote.participations (
    vote_id         bigint  not null references vote.votes (id) on delete cascade,
    organization_id bigint  not null,
    counted         boolean not null default true,
    cast_by_proxy   boolean not null default false,
    primary key (vote_id, organization_id)
);

-- What a council chose in a named vote: the council beside its choice.
create table vote.named_ballots (
    vote_id         bigint      not null references vote.votes (id) on delete cascade,
    organization_id bigint      not null,
    choices         bigint[]    not null,
    proxy_holder_id bigint,
    cast_by         text        not null,
    cast_at         timestamptz not null default now(),
    primary key (vote_id, organization_id)
);

-- What was chosen in a secret vote: a random key, the choice and the hash of the receipt code. Nothing here names a
-- council or a time, and no sequence orders the rows (see ADR 0018 for the heap order, reshuffled at the close).
create table vote.secret_ballots (
    id           uuid     primary key,
    vote_id      bigint   not null references vote.votes (id) on delete cascade,
    choices      bigint[] not null,
    receipt_hash text     not null unique
);
