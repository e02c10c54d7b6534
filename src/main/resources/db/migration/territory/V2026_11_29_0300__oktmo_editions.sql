-- An OKTMO edition is what an import loaded: its date (e.g. 1 January 2024) names the edition the pickers show.
alter table territory.oktmo_imports add column edition_date date;

-- Permanent population of a municipal formation and the date it is counted on (Rosstat bulletin), for maps
-- «на 100 тыс. жителей» and the practice card; kept when a later OKTMO file (which has no population) is imported.
alter table territory.municipalities add column population integer;
alter table territory.municipalities add column population_date date;
