-- Fields users asked for (issue #13), declared in CardCatalogue: how many residents benefit, and the page about the
-- practice on the municipality's own site.
alter table practice.practices add column beneficiaries_count integer check (beneficiaries_count >= 0);
alter table practice.practices add column practice_url text;
