-- One register of instructions for meetings and agreements (ADR 0019): an obligation of an agreement is an instruction
-- without a meeting, whose origin is the agreement (its id and label, kept as text: no foreign key across modules).
-- An instruction of a meeting may also name the agreement it produced.
alter table meeting.instructions alter column meeting_id drop not null;
alter table meeting.instructions add column origin text not null default 'MEETING'
    check (origin in ('MEETING', 'AGREEMENT'));
alter table meeting.instructions add column agreement_id bigint;
alter table meeting.instructions add column agreement_label text;
alter table meeting.instructions add column produced_agreement_id bigint;
alter table meeting.instructions add column produced_agreement_label text;
alter table meeting.instructions add constraint instructions_origin_fits_check
    check ((origin = 'MEETING' and meeting_id is not null and agreement_id is null)
        or (origin = 'AGREEMENT' and meeting_id is null and agreement_id is not null and agreement_label is not null));
create index instructions_agreement_idx on meeting.instructions (agreement_id) where agreement_id is not null;

-- A report on an agreement's obligation keeps its files beside those of meetings' instructions.
alter table meeting.files alter column meeting_id drop not null;
alter table meeting.files add constraint files_owner_check check (meeting_id is not null or instruction_id is not null);
