-- Meetings of the association: participants and roll call, agenda with speakers, decisions, instructions, press release.
create schema if not exists meeting;

create table meeting.meetings (
    id               bigserial primary key,
    title            text        not null,
    kind             text        not null check (kind in ('VIDEO', 'IN_PERSON', 'HYBRID')),
    starts_at        timestamptz not null,
    time_zone        text        not null default 'Europe/Moscow',
    duration_minutes integer     not null default 120,
    place            text,
    link             text,
    organizer        text        not null,
    chair_name       text,
    chair_position   text,
    closing_name     text,
    closing_position text,
    closing_remarks  text,
    state            text        not null default 'DRAFT' check (state in ('DRAFT', 'ANNOUNCED', 'HELD', 'CLOSED')),
    demo             boolean     not null default false,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          bigint      not null default 0
);
create index meetings_starts_idx on meeting.meetings (starts_at);

-- An invited organization (a regional council, a partner, a federal body) and/or a person; the roll call marks presence.
create table meeting.participants (
    id                bigserial primary key,
    meeting_id        bigint  not null references meeting.meetings (id) on delete cascade,
    kind              text    not null check (kind in ('COUNCIL', 'ASSOCIATION', 'PARTNER', 'FEDERAL_BODY', 'OTHER')),
    organization_id   bigint,
    organization_name text,
    region_code       char(2),
    person_name       text,
    position          text,
    present           boolean not null default false
);
create index participants_meeting_idx on meeting.participants (meeting_id);
create unique index participants_council_uq on meeting.participants (meeting_id, region_code) where kind = 'COUNCIL';

create table meeting.agenda_items (
    id               bigserial primary key,
    meeting_id       bigint  not null references meeting.meetings (id) on delete cascade,
    position         integer not null,
    title            text    not null,
    duration_minutes integer,
    subject          text,
    materials        text
);
create index agenda_items_meeting_idx on meeting.agenda_items (meeting_id, position);

-- Who spoke on an item: the report (доклад), co-reports (содоклад), remarks; the position is written as it should
-- appear in print («исполнительный директор Ассоциации «Совет муниципальных образований Пермского края»»).
create table meeting.speeches (
    id           bigserial primary key,
    item_id      bigint  not null references meeting.agenda_items (id) on delete cascade,
    role         text    not null check (role in ('SPEAKER', 'CO_SPEAKER', 'REMARKS')),
    person_name  text    not null,
    position     text,
    summary      text,
    ordinal      integer not null
);

create table meeting.decisions (
    id        bigserial primary key,
    item_id   bigint  not null references meeting.agenda_items (id) on delete cascade,
    text      text    not null,
    ordinal   integer not null
);

create table meeting.instructions (
    id                      bigserial primary key,
    meeting_id              bigint      not null references meeting.meetings (id) on delete cascade,
    decision_id             bigint references meeting.decisions (id) on delete set null,
    text                    text        not null,
    assignee_organization_id bigint,
    assignee_name           text        not null,
    assignee_region         char(2),
    deadline                date        not null,
    status                  text        not null default 'ASSIGNED' check (status in ('ASSIGNED', 'IN_PROGRESS', 'DONE')),
    report                  text,
    reported_by             text,
    reported_at             timestamptz,
    on_agenda_of            bigint,
    created_at              timestamptz not null default now()
);
create index instructions_deadline_idx on meeting.instructions (status, deadline);

create table meeting.press_releases (
    meeting_id   bigint primary key references meeting.meetings (id) on delete cascade,
    title        text        not null,
    text         text        not null,
    state        text        not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED')),
    updated_at   timestamptz not null default now(),
    updated_by   text        not null,
    published_at timestamptz
);
