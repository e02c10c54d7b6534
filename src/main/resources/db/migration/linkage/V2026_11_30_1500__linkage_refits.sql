-- The history of the suggestion models' refits (issue #17, the admin page «Модель подсказок»): kept in the database so
-- it survives a restart and every instance shows the same list. Figures: validation top-1, top-3, labelled top-1,
-- top-3, unlinked recall; NaN where there was nothing to measure, null for a refit that found nothing new.
create table linkage.refits (
    id         bigserial primary key,
    at         timestamptz not null,
    actor      text        not null,
    period     text        not null,
    practices  integer     not null,
    groups     integer     not null,
    validation integer     not null,
    labelled   integer     not null,
    before     float8[],
    after      float8[],
    outcome    text        not null check (outcome in ('ADOPTED', 'REJECTED', 'UNCHANGED')),
    failed     text[]      not null default '{}'
);
create index refits_at_idx on linkage.refits (at desc, id desc);
