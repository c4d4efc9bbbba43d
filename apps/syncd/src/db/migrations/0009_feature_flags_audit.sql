-- Feature flags switched from the admin screen: who switched one last (the reason is in the audit
-- log). A key without a row reads as its default (libs/domain FeatureFlags.h).
ALTER TABLE feature_flags
    ADD COLUMN updated_by bigint REFERENCES operators (id);

-- The audit screen filters by actor, newest first.
CREATE INDEX audit_log_actor_idx ON audit_log (actor, seq);
