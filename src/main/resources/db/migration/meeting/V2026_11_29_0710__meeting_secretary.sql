-- Who keeps the minutes: the protocol names the secretary and leaves a line for the signature.
alter table meeting.meetings add column secretary_name text;
