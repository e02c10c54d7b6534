-- Materials of agenda items and files attached to instruction reports.
create table meeting.files (
    id             bigserial primary key,
    meeting_id     bigint      not null references meeting.meetings (id) on delete cascade,
    item_id        bigint references meeting.agenda_items (id) on delete cascade,
    instruction_id bigint references meeting.instructions (id) on delete cascade,
    file_name      text        not null,
    content_type   text        not null,
    size_bytes     bigint      not null,
    sha256         char(64)    not null,
    uploaded_by    text        not null,
    uploaded_at    timestamptz not null default now(),
    content        bytea       not null,
    check ((item_id is null) <> (instruction_id is null))
);
create index files_meeting_idx on meeting.files (meeting_id);
