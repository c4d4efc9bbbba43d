-- 0012: proof retention (workers/ProofRetentionWorker). 0001 already has attachments.purged_at;
-- purging is two steps, because the database and the file store cannot commit together:
--   1. purged_at is set (with its audit row) in one transaction: from then on the proof is never
--      served, whatever happens to the file;
--   2. after that commit the file is removed from the content store (unless another live attachment
--      shares the same bytes) and file_released_at records that this row no longer holds it.
-- A crash between the two leaves purged_at set and file_released_at NULL: the next run finishes it.
ALTER TABLE attachments
    ADD COLUMN file_released_at timestamptz,
    ADD CONSTRAINT attachments_released_after_purge CHECK (file_released_at IS NULL OR purged_at IS NOT NULL),
    -- What remains of a purged file is its hash: the evidence that this exact file was shown.
    ADD CONSTRAINT attachments_purged_keeps_hash CHECK (purged_at IS NULL OR kind = 'proof_txid' OR sha256 IS NOT NULL);

-- Candidates for purging (live files, oldest first) and the purges whose file step is unfinished.
CREATE INDEX attachments_live_files_idx ON attachments (created_at) WHERE purged_at IS NULL AND storage_key IS NOT NULL;
CREATE INDEX attachments_unreleased_idx ON attachments (id) WHERE purged_at IS NOT NULL AND file_released_at IS NULL;
-- "Does a live attachment still use these bytes?" before a file is removed (the store deduplicates).
CREATE INDEX attachments_live_storage_key_idx ON attachments (storage_key) WHERE purged_at IS NULL AND storage_key IS NOT NULL;
