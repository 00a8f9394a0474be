-- Chinese full-text search and change notices for the delivery API.

-- Search tokens are computed by the service (HanLP words, CJK bigrams, Latin words; Traditional
-- folded to Simplified) and stored with the simple configuration: title weight A, the rest B.
-- search_title holds the title tokens alone: small enough to stay in the row, so ranking
-- (title matches first, then newest) never reads the large vectors of thousands of matches.
alter table meeting add column search_vector tsvector;
alter table meeting add column search_title tsvector;
create index ix_meeting_search on meeting using gin (search_vector);

-- Every committed change to delivered content is announced on channel tongpin_content, so that
-- every instance drops its cached answers (pg_notify sends one notice per table and transaction).
create function notify_content_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('tongpin_content', tg_table_name);
    return null;
end
$$;

create trigger tr_organization_changed after insert or update or delete or truncate on organization
    for each statement execute function notify_content_change();
create trigger tr_topic_changed after insert or update or delete or truncate on topic
    for each statement execute function notify_content_change();
create trigger tr_participant_changed after insert or update or delete or truncate on participant
    for each statement execute function notify_content_change();
create trigger tr_participant_position_changed after insert or update or delete or truncate on participant_position
    for each statement execute function notify_content_change();
create trigger tr_meeting_changed after insert or update or delete or truncate on meeting
    for each statement execute function notify_content_change();
create trigger tr_meeting_organization_changed after insert or update or delete or truncate on meeting_organization
    for each statement execute function notify_content_change();
create trigger tr_meeting_attendee_changed after insert or update or delete or truncate on meeting_attendee
    for each statement execute function notify_content_change();
create trigger tr_meeting_topic_changed after insert or update or delete or truncate on meeting_topic
    for each statement execute function notify_content_change();
create trigger tr_meeting_activity_changed after insert or update or delete or truncate on meeting_activity
    for each statement execute function notify_content_change();
create trigger tr_meeting_outcome_changed after insert or update or delete or truncate on meeting_outcome
    for each statement execute function notify_content_change();

-- Organizations, participants and topics are searchable too (the /content/v1/search endpoint).
alter table organization add column search_vector tsvector;
alter table organization add column search_title tsvector;
create index ix_organization_search on organization using gin (search_vector);
alter table participant add column search_vector tsvector;
alter table participant add column search_title tsvector;
create index ix_participant_search on participant using gin (search_vector);
alter table topic add column search_vector tsvector;
alter table topic add column search_title tsvector;
create index ix_topic_search on topic using gin (search_vector);

-- Write fences: after a write commits, its writer takes a number from delivery_fence and announces
-- it on tongpin_content; it answers its client once every live instance has heard that number
-- (and so, notices being delivered in commit order, the write itself). Each instance keeps its row
-- here: the highest fence it has heard and its heartbeat.
create sequence delivery_fence;
create table delivery_instance (
    id            uuid        primary key,
    heard_fence   bigint      not null,
    heartbeat_at  timestamptz not null,
    started_at    timestamptz not null
);

-- Articles: searchable, and announced like the rest when they change.
alter table article add column search_vector tsvector;
alter table article add column search_title tsvector;
create index ix_article_search on article using gin (search_vector);
create index ix_article_published on article (published_at desc, id) where status = 'published';
create trigger tr_article_changed after insert or update or delete or truncate on article
    for each statement execute function notify_content_change();
create trigger tr_article_topic_changed after insert or update or delete or truncate on article_topic
    for each statement execute function notify_content_change();
create trigger tr_article_participant_changed after insert or update or delete or truncate on article_participant
    for each statement execute function notify_content_change();
create trigger tr_article_organization_changed after insert or update or delete or truncate on article_organization
    for each statement execute function notify_content_change();
create trigger tr_asset_changed after insert or update or delete or truncate on asset
    for each statement execute function notify_content_change();
