-- The date from which a region is a subject of the Russian Federation, so that a meeting, a vote or a campaign counts
-- only the councils of regions that existed on its date. The 83 older subjects count from the Constitution of
-- 12 December 1993 (regions merged later, such as Пермский край in 2005, keep the code of their predecessor and so
-- the same council). Крым and Севастополь are subjects from 18 March 2014; ДНР, ЛНР, Запорожская and Херсонская
-- области are considered admitted from 30 September 2022, the day the treaties were signed (federal constitutional
-- laws of 4 October 2022 No. 5-ФКЗ – 8-ФКЗ).
alter table territory.regions add column subject_since date not null default date '1993-12-12';

update territory.regions set subject_since = date '2014-03-18' where code in ('91', '92');
update territory.regions set subject_since = date '2022-09-30' where code in ('80', '81', '84', '85');
