-- Articles with their editorial workflow and revisions, and the images (assets) they use.

-- Image metadata; the bytes live in asset_content so that listing assets never loads them.
create table asset (
    id            uuid primary key,
    slug          varchar(100) not null,
    content_type  varchar(30)  not null,
    byte_size     bigint       not null,
    width         integer      not null,
    height        integer      not null,
    sha256        varchar(64)  not null,
    file_name     varchar(255),
    alt_text      varchar(500),
    caption       text,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       integer      not null,
    constraint uk_asset_slug unique (slug),
    constraint uk_asset_sha256 unique (sha256),
    constraint ck_asset_content_type check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
    constraint ck_asset_size check (byte_size > 0),
    constraint ck_asset_dimensions check (width > 0 and height > 0)
);

-- Stored in PostgreSQL so that a backup of the database is a backup of everything.
create table asset_content (
    asset_id  uuid  primary key,
    bytes     bytea not null,
    constraint fk_asset_content_asset foreign key (asset_id) references asset (id) on delete cascade
);

create table article (
    id                     uuid primary key,
    slug                   varchar(100)  not null,
    title                  varchar(300),
    subtitle               varchar(300),
    summary                varchar(1000),
    summary_derived        boolean       not null,
    body_format            varchar(10)   not null,
    body_source            text,
    body_html              text,
    body_text              text,
    byline                 varchar(200),
    source_organization_id uuid,
    cover_asset_id         uuid,
    meeting_id             uuid,
    canonical_url          varchar(1000),
    source_url             varchar(1000),
    locale                 varchar(20)   not null,
    status                 varchar(20)   not null,
    publish_at             timestamptz,
    published_at           timestamptz,
    unpublish_at           timestamptz,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                integer       not null,
    constraint uk_article_slug unique (slug),
    constraint fk_article_source_organization foreign key (source_organization_id) references organization (id),
    constraint fk_article_cover_asset foreign key (cover_asset_id) references asset (id),
    constraint fk_article_meeting foreign key (meeting_id) references meeting (id),
    constraint ck_article_status check (status in ('draft', 'scheduled', 'published', 'archived')),
    constraint ck_article_body_format check (body_format in ('markdown', 'html')),
    constraint ck_article_scheduled check (status <> 'scheduled' or publish_at is not null)
);
create index ix_article_source_organization on article (source_organization_id);
create index ix_article_cover_asset on article (cover_asset_id);
create index ix_article_meeting on article (meeting_id);
create index ix_article_updated_at on article (updated_at, id);
-- What the scheduler looks for every few seconds.
create index ix_article_due_publish on article (publish_at) where status = 'scheduled';
create index ix_article_due_unpublish on article (unpublish_at) where status = 'published' and unpublish_at is not null;

create table article_topic (
    article_id uuid not null,
    topic_id   uuid not null,
    constraint pk_article_topic primary key (article_id, topic_id),
    constraint fk_article_topic_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_article_topic_topic foreign key (topic_id) references topic (id)
);
create index ix_article_topic_topic on article_topic (topic_id);

create table article_participant (
    article_id     uuid not null,
    participant_id uuid not null,
    constraint pk_article_participant primary key (article_id, participant_id),
    constraint fk_article_participant_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_article_participant_participant foreign key (participant_id) references participant (id)
);
create index ix_article_participant_participant on article_participant (participant_id);

create table article_organization (
    article_id      uuid not null,
    organization_id uuid not null,
    constraint pk_article_organization primary key (article_id, organization_id),
    constraint fk_article_organization_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_article_organization_organization foreign key (organization_id) references organization (id)
);
create index ix_article_organization_organization on article_organization (organization_id);

-- The images the body shows, kept in step with the body so that an image in use cannot be deleted.
create table article_body_asset (
    article_id uuid not null,
    asset_id   uuid not null,
    constraint pk_article_body_asset primary key (article_id, asset_id),
    constraint fk_article_body_asset_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_article_body_asset_asset foreign key (asset_id) references asset (id)
);
create index ix_article_body_asset_asset on article_body_asset (asset_id);

-- Every state an article had: revision n is the state after its n-th change, with who made it and why.
create table article_revision (
    article_id     uuid         not null,
    number         integer      not null,
    article_version integer     not null,
    created_at     timestamptz  not null,
    author         varchar(200) not null,
    reason         varchar(30)  not null,
    changed_fields varchar(1000) not null,
    restored_from  integer,
    state          jsonb        not null,
    constraint pk_article_revision primary key (article_id, number),
    constraint fk_article_revision_article foreign key (article_id) references article (id) on delete cascade,
    constraint ck_article_revision_reason check (reason in ('create', 'update', 'publish', 'unpublish', 'schedule',
        'scheduled_publish', 'scheduled_unpublish', 'restore'))
);
