-- The author's consent to show the contact person on the public card; without it the public sees no personal contacts.
alter table practice.practices add column contacts_public boolean not null default false;
