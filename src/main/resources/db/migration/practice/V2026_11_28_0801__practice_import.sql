-- Practices imported from a council's workbook keep their row's external id and a hash of the row, so importing the
-- same file again changes nothing and an edited row updates its practice.
create unique index practices_external_uq on practice.practices (region_code, year, external_id)
    where external_id is not null;
alter table practice.practices add column import_hash char(64);
