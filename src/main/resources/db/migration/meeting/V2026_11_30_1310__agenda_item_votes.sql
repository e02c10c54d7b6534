-- An agenda item put to a member vote (ADR 0018): the vote's id as a plain number (the vote module owns the vote);
-- its result becomes the item's decision, remembered here so it is written once.
create table meeting.agenda_item_votes (
    item_id     bigint not null references meeting.agenda_items (id) on delete cascade,
    vote_id     bigint not null unique,
    decision_id bigint references meeting.decisions (id) on delete set null,
    primary key (item_id, vote_id)
);
