-- Webhooks (docs/webhooks.md). A subscription names a target URL and the events it wants; every change
-- of content writes one delivery per matching subscription in the change's own transaction (an outbox),
-- which dispatchers on every instance claim with FOR UPDATE SKIP LOCKED and send until delivered or dead.
create table webhook_subscription (
    id                          uuid          not null,
    url                         varchar(2000) not null,
    description                 varchar(500),
    event_types                 text[]        not null,
    topic_ids                   uuid[]        not null default '{}',
    organization_ids            uuid[]        not null default '{}',
    include_representation      boolean       not null default false,
    enabled                     boolean       not null default true,
    disabled_reason             varchar(500),
    disabled_at                 timestamptz,
    failing_since               timestamptz,
    -- The signing secrets, AES-GCM encrypted under a key kept outside the database.
    secret_cipher               varchar(500)  not null,
    previous_secret_cipher      varchar(500),
    previous_secret_expires_at  timestamptz,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    version                     integer       not null,
    constraint pk_webhook_subscription primary key (id)
);

create table webhook_delivery (
    -- The webhook-id: the same for every attempt, so that receivers can de-duplicate.
    id               uuid         not null,
    -- The order of the changes: a resource's later event waits while an earlier one is pending.
    seq              bigint       generated always as identity,
    subscription_id  uuid         not null,
    event_type       varchar(60)  not null,
    resource_type    varchar(30),
    resource_id      uuid,
    -- The payload as it was at the change ({type, timestamp, data}), without the representation.
    payload          text         not null,
    status           varchar(20)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    lease_until      timestamptz,
    leased_by        uuid,
    created_at       timestamptz  not null,
    delivered_at     timestamptz,
    last_status      integer,
    last_error       varchar(500),
    constraint pk_webhook_delivery primary key (id),
    constraint fk_webhook_delivery_subscription foreign key (subscription_id) references webhook_subscription (id) on delete cascade,
    constraint ck_webhook_delivery_status check (status in ('pending', 'delivered', 'dead'))
);

create index ix_webhook_delivery_due on webhook_delivery (next_attempt_at, seq) where status = 'pending';
create index ix_webhook_delivery_resource on webhook_delivery (subscription_id, resource_id, seq) where status = 'pending';
create index ix_webhook_delivery_subscription on webhook_delivery (subscription_id, created_at);
create index ix_webhook_delivery_created_at on webhook_delivery (created_at);

-- Every attempt, for the delivery log.
create table webhook_attempt (
    id                bigint        generated always as identity,
    delivery_id       uuid          not null,
    attempted_at      timestamptz   not null,
    duration_ms       integer       not null,
    status_code       integer,
    error             varchar(500),
    response_excerpt  varchar(2000),
    constraint pk_webhook_attempt primary key (id),
    constraint fk_webhook_attempt_delivery foreign key (delivery_id) references webhook_delivery (id) on delete cascade
);

create index ix_webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);
