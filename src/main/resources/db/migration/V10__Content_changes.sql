-- The change log delta sync reads: one row per write of content (cn.tongpin.change.ContentChanged),
-- inserted in the writing transaction. txid is that transaction's id: a reader takes as watermark
-- the oldest transaction still running (pg_snapshot_xmin), and every row below it is final, in
-- whatever order the transactions committed. seq orders the rows of one transaction.
create table content_change (
    seq bigserial primary key,
    txid xid8 not null default pg_current_xact_id(),
    type text not null,
    item_id uuid not null,
    slug text,
    kind text not null,
    visible boolean not null,
    version bigint not null,
    changed_at timestamptz not null default now()
);

create index ix_content_change_window on content_change (txid, seq);
create index ix_content_change_changed_at on content_change (changed_at);

-- The key sync tokens are signed with when none is configured: made once, shared by every instance.
create table sync_token_key (
    id smallint primary key check (id = 1),
    secret bytea not null,
    created_at timestamptz not null default now()
);
