-- 0011: the change feed's epoch (proto/Changes.h "feed_epoch"). Workstations cache the last seq
-- they applied; a database restored from a backup (or replaced) numbers its events again from a
-- lower seq, and a client polling `since` its old seq would silently skip everything up to it.
-- The epoch names this database's feed: every change response carries it, a client that cached a
-- different one starts over, and `syncd restore` draws a new one (feed/ChangeListener.cpp reads it).
CREATE TABLE change_feed_epoch (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    epoch    bigint NOT NULL CHECK (epoch > 0)
);

-- 60 random bits from gen_random_uuid() (core since PostgreSQL 13): never 0, which means "not told".
INSERT INTO change_feed_epoch (epoch)
VALUES (('x' || substr(md5(gen_random_uuid()::text), 1, 15))::bit(60)::bigint + 1);
