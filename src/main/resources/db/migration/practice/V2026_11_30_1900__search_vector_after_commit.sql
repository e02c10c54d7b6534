-- The full-text vector of a card (issue #13, ADR 0015): a plain column, kept by a trigger on every write of the site,
-- and filled after the commit for the cards of an import (stemming 10,000 cards' texts took 1.6 s of the import's
-- 1.8 s COPY of the cards). A card whose vector is not there yet is still found: the search makes it on the fly.
create function practice.search_vector(title text, problem text, goals text, description text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('russian', coalesce(title, '')), 'A')
        || setweight(to_tsvector('russian', coalesce(problem, '') || ' ' || coalesce(goals, '') || ' '
                                            || coalesce(description, '')), 'B');

alter table practice.practices drop column search;
alter table practice.practices add column search tsvector;
update practice.practices set search = practice.search_vector(title, problem, goals, description);
create index practices_search_idx on practice.practices using gin (search);
-- the cards still waiting for their vector: found at once by the search's fallback and by the catch-up
create index practices_search_pending_idx on practice.practices (id) where search is null;

-- An import sets praktika.search_after_commit in its transaction: its cards get no vector now (a changed one loses its
-- old vector) and practice.domain.SearchVectors makes them after the commit.
create function practice.keep_search_vector() returns trigger
    language plpgsql as
$$
begin
    if current_setting('praktika.search_after_commit', true) = 'on' then
        new.search := null;
    else
        new.search := practice.search_vector(new.title, new.problem, new.goals, new.description);
    end if;
    return new;
end
$$;

create trigger practices_search_vector
    before insert or update of title, problem, goals, description on practice.practices
    for each row execute function practice.keep_search_vector();
