-- Who keeps the minutes: the protocol names the secretary and leaves a line for the signature.
alter table meeting.meetings add column secretary_name text;

-- The number of the protocol, fixed when the meeting is closed (before that it is the meeting's place in its year), so
-- that a meeting entered later for an earlier date does not renumber signed protocols.
alter table meeting.meetings add column minutes_number integer;
