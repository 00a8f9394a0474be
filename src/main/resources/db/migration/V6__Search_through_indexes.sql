-- Search reads the large search vectors only through their GIN indexes, never row by row.

-- Ranking asks "does the title hold a query term?" through an index on the small title vectors,
-- instead of reading search_title from every matching row.
create index ix_article_search_title on article using gin (search_title);
create index ix_meeting_search_title on meeting using gin (search_title);
create index ix_organization_search_title on organization using gin (search_title);
create index ix_participant_search_title on participant using gin (search_title);
create index ix_topic_search_title on topic using gin (search_title);

-- Keep article and meeting rows narrow: bodies, summaries and vectors move to TOAST, so the heap
-- pages a broad search (or a list) visits hold a few dozen rows each instead of three or four.
-- Applies to rows as they are written.
alter table article set (toast_tuple_target = 128);
alter table meeting set (toast_tuple_target = 128);
