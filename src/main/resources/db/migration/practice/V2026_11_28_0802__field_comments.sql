-- A reviewer's comment may attach to a field of the card (title, problem, results…), shown beside it when revising.
alter table practice.comments add column field text;
