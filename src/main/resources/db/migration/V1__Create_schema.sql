-- Organizations, participants, meetings and topics: the first half of the Tongpin model.

create table organization (
    id              uuid primary key,
    slug            varchar(100) not null,
    name            varchar(200) not null,
    short_name      varchar(100),
    kind            varchar(30)  not null,
    parent_id       uuid,
    website         varchar(500),
    wechat_account  varchar(100),
    logo_url        varchar(500),
    description     text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         integer      not null,
    constraint uk_organization_slug unique (slug),
    constraint fk_organization_parent foreign key (parent_id) references organization (id),
    constraint ck_organization_kind check (kind in ('party_committee', 'government', 'media', 'company', 'school', 'association', 'other')),
    constraint ck_organization_not_own_parent check (parent_id is null or parent_id <> id)
);
create index ix_organization_parent on organization (parent_id);

create table topic (
    id          uuid primary key,
    slug        varchar(100) not null,
    name        varchar(100) not null,
    description text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     integer     not null,
    constraint uk_topic_slug unique (slug)
);

create table participant (
    id          uuid primary key,
    slug        varchar(100) not null,
    name        varchar(100) not null,
    bio         text,
    photo_url   varchar(500),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     integer     not null,
    constraint uk_participant_slug unique (slug)
);

create table participant_position (
    participant_id  uuid         not null,
    sort_order      integer      not null,
    organization_id uuid         not null,
    title           varchar(200) not null,
    started_on      date,
    ended_on        date,
    constraint pk_participant_position primary key (participant_id, sort_order),
    constraint fk_position_participant foreign key (participant_id) references participant (id) on delete cascade,
    constraint fk_position_organization foreign key (organization_id) references organization (id),
    constraint ck_position_dates check (ended_on is null or started_on is null or ended_on >= started_on)
);
create index ix_position_organization on participant_position (organization_id);

create table meeting (
    id                   uuid primary key,
    slug                 varchar(100) not null,
    kind                 varchar(30)  not null,
    title                varchar(300) not null,
    starts_at            timestamptz  not null,
    ends_at              timestamptz,
    venue                varchar(300),
    host_organization_id uuid,
    summary              text,
    status               varchar(20)  not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              integer      not null,
    constraint uk_meeting_slug unique (slug),
    constraint fk_meeting_host foreign key (host_organization_id) references organization (id),
    constraint ck_meeting_kind check (kind in ('symposium', 'working_meeting', 'visit', 'forum', 'signing', 'other')),
    constraint ck_meeting_status check (status in ('draft', 'published')),
    constraint ck_meeting_times check (ends_at is null or ends_at >= starts_at)
);
create index ix_meeting_host on meeting (host_organization_id);
create index ix_meeting_starts_at on meeting (starts_at, id);

create table meeting_organization (
    meeting_id      uuid        not null,
    sort_order      integer     not null,
    organization_id uuid        not null,
    role            varchar(20) not null,
    constraint pk_meeting_organization primary key (meeting_id, sort_order),
    constraint fk_meeting_organization_meeting foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint fk_meeting_organization_organization foreign key (organization_id) references organization (id),
    constraint ck_meeting_organization_role check (role in ('host', 'visiting', 'partner'))
);
create index ix_meeting_organization_organization on meeting_organization (organization_id);

create table meeting_attendee (
    meeting_id      uuid         not null,
    sort_order      integer      not null,
    participant_id  uuid         not null,
    organization_id uuid,
    role            varchar(20)  not null,
    title           varchar(500),
    constraint pk_meeting_attendee primary key (meeting_id, sort_order),
    constraint fk_meeting_attendee_meeting foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint fk_meeting_attendee_participant foreign key (participant_id) references participant (id),
    constraint fk_meeting_attendee_organization foreign key (organization_id) references organization (id),
    constraint ck_meeting_attendee_role check (role in ('led_delegation', 'host', 'speaker', 'attendee'))
);
create index ix_meeting_attendee_participant on meeting_attendee (participant_id);
create index ix_meeting_attendee_organization on meeting_attendee (organization_id);

create table meeting_topic (
    meeting_id uuid not null,
    topic_id   uuid not null,
    constraint pk_meeting_topic primary key (meeting_id, topic_id),
    constraint fk_meeting_topic_meeting foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint fk_meeting_topic_topic foreign key (topic_id) references topic (id)
);
create index ix_meeting_topic_topic on meeting_topic (topic_id);

create table meeting_activity (
    meeting_id  uuid         not null,
    sort_order  integer      not null,
    title       varchar(300) not null,
    description text,
    constraint pk_meeting_activity primary key (meeting_id, sort_order),
    constraint fk_meeting_activity_meeting foreign key (meeting_id) references meeting (id) on delete cascade
);

create table meeting_outcome (
    meeting_id uuid    not null,
    sort_order integer not null,
    text       text    not null,
    constraint pk_meeting_outcome primary key (meeting_id, sort_order),
    constraint fk_meeting_outcome_meeting foreign key (meeting_id) references meeting (id) on delete cascade
);

-- A POST retried with the same Idempotency-Key returns the first answer.
create table idempotent_request (
    idempotency_key varchar(200) not null,
    request_path    varchar(500) not null,
    request_hash    varchar(64)  not null,
    status          integer      not null,
    location        varchar(1000),
    body            text         not null,
    created_at      timestamptz  not null,
    constraint pk_idempotent_request primary key (idempotency_key, request_path)
);

-- Records that the demo content was loaded, so it is loaded once and never over an editor's changes.
create table demo_content_load (
    name       varchar(100) primary key,
    loaded_at  timestamptz not null
);
