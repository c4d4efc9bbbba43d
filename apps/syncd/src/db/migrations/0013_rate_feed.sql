-- 0013: the reference rate feed (workers/RateFeedWorker). 0001 already has rates.base_source
-- ('manual' | 'feed') and base_updated_at; a feed row's base_updated_at is when the provider
-- observed the value, so a provider that stops answering (or a file nobody updates) makes the rate
-- stale through the existing rate_max_age_seconds and the bot stops quoting.
-- A polled value that jumped more than rates.feed.max_jump_percent from the base is not applied: it
-- waits here until a senior confirms it (POST /api/v1/admin/rates/{id}/feed-confirm). The newest
-- held value replaces an older one; a later value back within the tolerance applies and clears it.
ALTER TABLE rates
    ADD COLUMN feed_pending_rate numeric(30, 10) CHECK (feed_pending_rate > 0),
    ADD COLUMN feed_pending_at timestamptz,
    ADD CONSTRAINT rates_feed_pending_pair CHECK ((feed_pending_rate IS NULL) = (feed_pending_at IS NULL));
