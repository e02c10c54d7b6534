-- Every instance catches its similarity index up with the documents other instances saved (ADR 0014).
create index documents_updated_idx on linkage.documents (updated_at);
