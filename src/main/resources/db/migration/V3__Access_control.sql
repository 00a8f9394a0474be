-- Access control: API clients, their keys (stored as hashes only), the audit trail of writes,
-- and the token buckets of the rate limits (shared by every instance through this database).

create table api_client (
    id                    uuid primary key,
    slug                  varchar(100) not null,
    name                  varchar(200) not null,
    kind                  varchar(30)  not null,
    contact               varchar(300),
    rate_limit_per_minute integer,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               integer      not null,
    constraint uk_api_client_slug unique (slug),
    constraint ck_api_client_kind check (kind in ('website', 'mini_program', 'app', 'wechat', 'partner', 'internal')),
    constraint ck_api_client_rate_limit check (rate_limit_per_minute is null or rate_limit_per_minute > 0)
);

create table api_client_origin (
    client_id  uuid         not null,
    sort_order integer      not null,
    origin     varchar(300) not null,
    constraint pk_api_client_origin primary key (client_id, sort_order),
    constraint fk_api_client_origin_client foreign key (client_id) references api_client (id) on delete cascade
);
create index ix_api_client_origin_origin on api_client_origin (origin);

create table api_key (
    id             uuid primary key,
    client_id      uuid         not null,
    kind           varchar(20)  not null,
    name           varchar(200),
    -- The first characters of the key, shown in lists so that people can tell keys apart.
    display_prefix varchar(40)  not null,
    -- SHA-256 of the whole key (hex). Keys are 256-bit random secrets, so no salt or slow hash is needed.
    secret_hash    varchar(64)  not null,
    rotated_from   uuid,
    created_at     timestamptz  not null,
    expires_at     timestamptz,
    revoked_at     timestamptz,
    last_used_at   timestamptz,
    constraint uk_api_key_display_prefix unique (display_prefix),
    constraint uk_api_key_secret_hash unique (secret_hash),
    constraint fk_api_key_client foreign key (client_id) references api_client (id) on delete cascade,
    constraint fk_api_key_rotated_from foreign key (rotated_from) references api_key (id) on delete set null,
    constraint ck_api_key_kind check (kind in ('content', 'editor', 'admin'))
);
create index ix_api_key_client on api_key (client_id);

-- The organizations an editor key may write content for.
create table api_key_organization (
    key_id          uuid not null,
    organization_id uuid not null,
    constraint pk_api_key_organization primary key (key_id, organization_id),
    constraint fk_api_key_organization_key foreign key (key_id) references api_key (id) on delete cascade,
    constraint fk_api_key_organization_organization foreign key (organization_id) references organization (id) on delete cascade
);
create index ix_api_key_organization_organization on api_key_organization (organization_id);

-- One row per write. No foreign keys: the trail outlives the clients, keys and content it names.
create table audit_entry (
    id          uuid primary key,
    occurred_at timestamptz  not null,
    client_id   uuid,
    key_id      uuid,
    action      varchar(20)  not null,
    method      varchar(10)  not null,
    path        varchar(500) not null,
    target_type varchar(50)  not null,
    target_id   varchar(100),
    status      integer      not null,
    request_id  varchar(100),
    constraint ck_audit_entry_action check (action in ('create', 'replace', 'update', 'delete', 'revoke', 'rotate',
        'publish', 'unpublish', 'schedule', 'restore', 'archive', 'other'))
);
create index ix_audit_entry_occurred_at on audit_entry (occurred_at desc, id);
create index ix_audit_entry_client on audit_entry (client_id, occurred_at desc);
create index ix_audit_entry_target on audit_entry (target_type, target_id);

-- Token buckets of the rate limits; one atomic upsert per request keeps them exact across instances.
create table rate_limit_bucket (
    bucket_key  varchar(200)     not null,
    tokens      double precision not null,
    refilled_at timestamptz      not null,
    allowed     boolean          not null,
    constraint pk_rate_limit_bucket primary key (bucket_key)
);
create index ix_rate_limit_bucket_refilled_at on rate_limit_bucket (refilled_at);
