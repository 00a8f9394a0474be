-- How many tokens the last take or lease handed out: with the leased store an instance takes a
-- batch of tokens in one statement and needs to know how many it got (RETURNING sees only the new row).
alter table rate_limit_bucket add column granted integer not null default 0;
